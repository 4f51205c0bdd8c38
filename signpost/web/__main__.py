import argparse

import uvicorn

from signpost.web import create_app

parser = argparse.ArgumentParser(description="Serve the signpost web page.")
parser.add_argument("--port", type=int, default=8000)
parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
args = parser.parse_args()
uvicorn.run(create_app(args.rasa_url), host="127.0.0.1", port=args.port, log_level="warning")
