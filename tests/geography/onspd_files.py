"""Small ONSPD-shaped CSV files for the importer tests."""

from __future__ import annotations

import csv
from pathlib import Path

# The column layout of the ONSPD CSV (2023-2024 releases).
ONSPD_HEADER = (
    "pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,"
    "oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,"
    "msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua11,buasd11,ru11ind,oac11,lat,long,lep1,"
    "lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21"
).split(",")


def onspd_row(pcds, lad, lat, long, doterm=""):
    row = dict.fromkeys(ONSPD_HEADER, "")
    row.update(
        pcd=pcds.replace(" ", "").ljust(7),
        pcd2=pcds,
        pcds=pcds,
        dointr="198001",
        doterm=doterm,
        oslaua=lad,
        usertype="0",
        ctry="E92000001",
        lat=lat,
        long=long,
    )
    return [row[column] for column in ONSPD_HEADER]


def write_csv(path: Path, header, rows):
    with open(path, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path
