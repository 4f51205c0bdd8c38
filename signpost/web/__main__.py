import argparse

import uvicorn

from signpost.web import create_app

parser = argparse.ArgumentParser(description="Serve the signpost web app (widget, staff page, registry API).")
parser.add_argument("--port", type=int, default=8000)
parser.add_argument("--host", default="127.0.0.1")
parser.add_argument("--rasa-url", default="http://127.0.0.1:5005", help="the Rasa server as browsers reach it")
args = parser.parse_args()
uvicorn.run(create_app(args.rasa_url), host=args.host, port=args.port, log_level="warning")
