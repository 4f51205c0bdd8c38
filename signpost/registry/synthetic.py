"""Generated registries of any size, for load and search benchmarks and scale tests.

Every record is ``sample: true``; phone numbers are Ofcom drama numbers and addresses invented.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from signpost.vocabulary import FEES, GENDERS, HELPLINE_STATUSES, REFERRALS, STATUSES

TAXONOMY = [
    {"code": "helpline", "name": "Helplines and listening lines"},
    {"code": "peer_support", "name": "Peer support"},
    {"code": "community_group", "name": "Community groups and drop-ins"},
    {"code": "advocacy", "name": "Advocacy"},
    {"code": "crisis_alternative", "name": "Crisis alternatives"},
    {"code": "talking_therapy", "name": "Talking therapy and counselling"},
    {"code": "befriending", "name": "Befriending"},
    {"code": "practical_advice", "name": "Practical advice"},
    {"code": "faith_support", "name": "Faith and spiritual support"},
]

# (service area entry, city, postcode district, latitude, longitude)
PLACES = [
    ("borough:Southwark", "London", "SE5", 51.4733, -0.0794),
    ("borough:Lambeth", "London", "SW9", 51.4571, -0.1231),
    ("borough:Tower Hamlets", "London", "E1", 51.5150, -0.0357),
    ("borough:Islington", "London", "N7", 51.5465, -0.1058),
    ("borough:Croydon", "London", "CR0", 51.3714, -0.0977),
    ("borough:Hackney", "London", "E8", 51.5450, -0.0553),
    ("borough:Newham", "London", "E13", 51.5255, 0.0352),
    ("borough:Brent", "London", "NW10", 51.5588, -0.2817),
    ("borough:Lewisham", "London", "SE13", 51.4452, -0.0209),
    ("city:Manchester", "Manchester", "M13", 53.4808, -2.2426),
    ("city:Leeds", "Leeds", "LS6", 53.8008, -1.5491),
    ("city:Birmingham", "Birmingham", "B21", 52.4862, -1.8904),
    ("city:Sheffield", "Sheffield", "S4", 53.3811, -1.4701),
    ("city:Middlesbrough", "Middlesbrough", "TS1", 54.5742, -1.2350),
    ("city:Bradford", "Bradford", "BD3", 53.7960, -1.7594),
    ("city:Leicester", "Leicester", "LE2", 52.6369, -1.1398),
    ("city:Liverpool", "Liverpool", "L8", 53.4084, -2.9916),
    ("city:Nottingham", "Nottingham", "NG7", 52.9548, -1.1581),
]
REGIONS = ["region:London", "region:North West", "region:Yorkshire and The Humber"]

LANGUAGES = ["en", "so", "ar", "ur", "pa", "bn", "gu", "ta", "pl", "pt", "fr", "zh", "fa", "ti", "tr", "ro"]
COMMUNITIES = [
    "african", "caribbean", "somali", "south_asian", "pakistani", "bangladeshi", "indian", "tamil",
    "chinese", "polish", "eastern_european", "arab", "kurdish", "refugees_asylum_seekers", "lgbtq",
]
FAITHS = ["muslim", "christian", "hindu", "sikh", "jewish", "buddhist"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
KINDS = ["Peer Circle", "Drop-in", "Listening Line", "Advocacy Project", "Wellbeing Café",
         "Counselling Service", "Befriending Scheme", "Safe Haven", "Advice Surgery", "Sanctuary"]


def generate_registry(n: int, seed: int = 0) -> dict:
    """A valid registry file structure with ``n`` services spread over PLACES (about 1 in 50 national)."""
    rng = random.Random(seed)
    organization_count = max(1, n // 20)
    organizations = [
        {
            "id": f"synthetic-org-{number}",
            "name": f"Synthetic Community Trust {number}",
            "led_by": rng.sample(["bme_led", "user_led", "peer_led", "faith_based", "voluntary"], rng.randint(1, 2)),
            "helpline_status": rng.choice(HELPLINE_STATUSES),
        }
        for number in range(organization_count)
    ]
    services = [_service(rng, number, organization_count) for number in range(n)]
    return {"version": 1, "taxonomy": [dict(term) for term in TAXONOMY], "organizations": organizations, "services": services}


def _service(rng: random.Random, number: int, organization_count: int) -> dict:
    categories = rng.sample([term["code"] for term in TAXONOMY], rng.choice([1, 1, 2]))
    languages = ["en"] + rng.sample(LANGUAGES[1:], rng.choice([0, 1, 2, 3]))
    roll = rng.random()
    service = {
        "id": f"synthetic-{number}",
        "organization": f"synthetic-org-{rng.randrange(organization_count)}",
        "name": f"{rng.choice(COMMUNITIES).replace('_', ' ').title()} {rng.choice(KINDS)} {number}",
        "description": "An illustrative generated service.",
        "status": rng.choices(STATUSES, [90, 4, 4, 2])[0],
        "categories": categories,
        "languages": languages,
        "communities": rng.sample(COMMUNITIES, rng.choice([0, 1, 2])),
        "culturally_specific": rng.random() < 0.5,
        "gender": rng.choices(GENDERS, [80, 15, 5])[0],
        "fees": rng.choices(FEES, [75, 15, 10])[0],
        "referral": rng.sample(REFERRALS, rng.randint(1, 3)),
        "crisis_alternative": "crisis_alternative" in categories,
        "phones": [_phone(rng, number)],
        "schedules": _schedules(rng),
        "assured_date": date(2026, 1, 1) + timedelta(days=rng.randrange(300)),
        "sample": True,
    }
    if rng.random() < 0.15:
        service["interpretation_services"] = "Telephone interpreters on request"
    ages = rng.random()
    if ages < 0.1:
        service["minimum_age"], service["maximum_age"] = 16, 25
    elif ages < 0.3:
        service["minimum_age"] = rng.choice([16, 18])
    if rng.random() < 0.1:
        service["faith"] = rng.choice(FAITHS)
    if roll < 0.02:
        service["service_areas"] = ["national"]
        return service
    entry, city, district, latitude, longitude = rng.choice(PLACES)
    service["service_areas"] = [rng.choice(REGIONS)] if roll < 0.05 else [entry]
    service["locations"] = [
        {
            "name": f"Community Room {number}",
            "address_1": f"{rng.randint(1, 200)} Example Road",
            "city": city,
            "postal_code": f"{district} {rng.randint(1, 9)}AA",
            "latitude": round(latitude + rng.uniform(-0.04, 0.04), 4),
            "longitude": round(longitude + rng.uniform(-0.06, 0.06), 4),
        }
    ]
    return service


def _phone(rng: random.Random, number: int) -> dict:
    """An Ofcom drama number: London landline for calls, 07700 900 mobile for texts."""
    if rng.random() < 1 / 3:
        return {"number": f"07700 900{number % 1000:03d}", "type": "text"}
    return {"number": f"020 7946 {number % 1000:04d}", "type": "voice"}


def _schedules(rng: random.Random) -> list[dict]:
    shape = rng.random()
    if shape < 0.1:
        return [{"freq": "WEEKLY", "byday": list(DAYS), "opens_at": "00:00", "closes_at": "24:00"}]
    if shape < 0.2:
        nights = sorted(rng.sample(range(7), rng.randint(1, 4)))
        return [
            {"freq": "WEEKLY", "byday": [DAYS[day] for day in nights], "opens_at": "20:00", "closes_at": "24:00"},
            {"freq": "WEEKLY", "byday": [DAYS[(day + 1) % 7] for day in nights], "opens_at": "00:00", "closes_at": "03:00"},
        ]
    opens = rng.randint(8, 18)
    return [
        {
            "freq": "WEEKLY",
            "byday": [DAYS[day] for day in sorted(rng.sample(range(7), rng.randint(1, 5)))],
            "opens_at": f"{opens:02d}:00",
            "closes_at": f"{opens + rng.randint(2, 5):02d}:{rng.choice(['00', '30'])}",
        }
    ]
