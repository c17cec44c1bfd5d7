"""Vacancy subcommands: bring a site's vacancies in from a USB stick (a vacancy bundle)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.common import CommandContext
from kiosk.i18n import define, render
from kiosk.services.vacancy_bundle import import_vacancy_bundle

define(
    "vacancies.cli.imported",
    id="Berkas lowongan {site} ({issued}) diterapkan: {applied} dari {vacancies} lowongan.",
    en="Vacancy bundle of {site} ({issued}) applied: {applied} of {vacancies} vacancies.",
)
define(
    "cli.help.import_vacancies",
    id="terapkan berkas lowongan dari kiosk-server export-vacancies (USB)",
    en="apply a vacancy bundle written by kiosk-server export-vacancies (USB)",
)
define("cli.help.vacancy_bundle", id="berkas lowongan", en="the vacancy bundle")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser], lang: str) -> None:
    bundle = commands.add_parser("import-vacancies", help=render("cli.help.import_vacancies", lang))
    bundle.add_argument("file", type=Path, help=render("cli.help.vacancy_bundle", lang))
    bundle.set_defaults(handler=import_vacancies_command)


def import_vacancies_command(ctx: CommandContext) -> int:
    report = import_vacancy_bundle(ctx.kiosk.ctx, ctx.args.file)
    ctx.print(
        render(
            "vacancies.cli.imported",
            ctx.lang,
            site=report.site,
            issued=report.issued_at.isoformat(),
            applied=report.applied,
            vacancies=report.vacancies,
        )
    )
    return 0 if report.applied == report.vacancies else 1
