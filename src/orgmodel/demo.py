"""What ``make demo`` runs: every model in ``models/`` loaded, checked and summarised; diagrams
and comparison tables written to ``diagrams/``.

Run as ``python -m orgmodel.demo [MODELS_DIR] [OUT_DIR]``. Exit code 0 when every model loads;
legal findings in the 2018 drafts are expected and do not fail the demo.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import ModelError
from .io import load_folder
from .model import Organisation


def load_models(models_dir: Path) -> list[tuple[Path, Organisation]]:
    """Every model under ``models_dir`` (partials skipped); all bad files reported together."""
    return [(m.path, m.org) for m in load_folder(models_dir)]


def demo_check(models: list[tuple[Path, Organisation]]) -> None:
    """Check every model under its own law and print, per model, its findings in Finnish:
    errors and warnings one per line, notes ("cannot check", downgraded) counted by rule."""
    from collections import Counter

    from .checking import check
    from .checking.report import counts_text
    from .rules import RULESETS

    print(f"{'model':<52} {'bodies':>6} {'relations':>9} {'errors':>6} {'warnings':>8} {'notes':>5}")
    reports = []
    for path, org in models:
        report = check(org)
        reports.append((path, org, report))
        c = report.counts()
        print(f"{str(path):<52} {len(org.bodies):>6} {len(org.relations):>9} "
              f"{c['error']:>6} {c['warning']:>8} {c['info']:>5}")
    caveats = set()
    for path, org, report in reports:
        rs = RULESETS[report.meta["law"]]
        print(f"\n{org.name()} ({path})")
        print(f"  {rs.title.fi}; {counts_text(report)}")
        for f in report.findings:
            if f.severity == "info":
                continue
            text = f.text("fi")
            if rs.caveat and text.endswith(rs.caveat.fi):  # said once below, not on every line
                text = text[: -len(rs.caveat.fi)].rstrip()
                caveats.add(rs.caveat.fi)
            where = f" [{f.body}]" if f.body else ""
            print(f"  {'virhe' if f.severity == 'error' else 'varoitus':<9} {f.code}{where}: {text}")
        notes = Counter(f.code for f in report.findings if f.severity == "info")
        if notes:
            counted = (f"{code} ×{n}" if n > 1 else code for code, n in sorted(notes.items()))
            print("  huomautukset: " + ", ".join(counted))
        for s in report.suppressions:
            effect = f"lievennetty: {s['severity']}" if s["severity"] else "pois päältä"
            print(f"  vaiennus {s['code']} ({effect}, {s['matched']} kpl): {s['reason']}")
    for caveat in sorted(caveats):
        print(f"\nHuom.: {caveat}")


def demo_compare(models: list[tuple[Path, Organisation]], out_dir: Path) -> None:
    """The archetypes side by side: print their metrics table and write
    ``compare-archetypes.csv`` / ``.md`` and the axes profile (``compare-archetypes-axes.svg`` / ``.pdf``)."""
    from ._util import write_atomic
    from .compare import charts
    from .compare.tables import compare
    from .vocab import OrgType

    archetypes = [org for _, org in models if org.org_type is OrgType.ARCHETYPE]
    if not archetypes:
        print("no archetypes to compare")
        return
    comparison = compare(archetypes)
    print(f"\nJohtamismallien vertailu ({len(comparison.columns)} mallia)\n")
    print(comparison.to_text("fi"), end="")
    write_atomic(out_dir / "compare-archetypes.csv", comparison.to_csv())
    write_atomic(out_dir / "compare-archetypes.md", comparison.to_markdown("fi"))
    for suffix in (".svg", ".pdf"):
        charts.axes_profile(comparison, out_dir / f"compare-archetypes-axes{suffix}", lang="fi")
    print(f"\nwrote {out_dir}/compare-archetypes.csv, .md and compare-archetypes-axes.svg, .pdf")


def demo_render(models: list[tuple[Path, Organisation]], out_dir: Path) -> None:
    """Every model as ``<name>.svg`` / ``.png``, a sheet of the six archetypes and one of the four
    2018 regional drafts (see :mod:`orgmodel.render.gallery`)."""
    from .render.gallery import write_gallery

    written = write_gallery(models, out_dir)
    print(f"\nKaaviot: {len(written)} tiedostoa hakemistoon {out_dir}/")


#: The model ``demo_exports`` writes in every data format (when the models folder has it).
EXPORT_MODEL = "pirkanmaa-2018"


def demo_exports(models: list[tuple[Path, Organisation]], out_dir: Path) -> list[Path]:
    """``pirkanmaa-2018`` in every data format of ``orgmodel export`` (GraphML, GEXF, Mermaid, Popolo,
    W3C ORG when rdflib is installed, xlsx), into ``out_dir``; the files written."""
    from ._util import write_atomic
    from .errors import UserError
    from .io.export import EXPORTS, export_bytes

    org = next((o for _, o in models if o.id == EXPORT_MODEL), None)
    if org is None:
        return []
    written = []
    for ext in EXPORTS:
        try:
            data = export_bytes(org, ext)
        except UserError as e:  # W3C ORG without the rdf extra: say so, write the others
            print(e)
            continue
        path = out_dir / f"{EXPORT_MODEL}{ext}"
        write_atomic(path, data)
        written.append(path)
    print(f"\nVientitiedostot: {len(written)} tiedostoa hakemistoon {out_dir}/")
    return written
def demo_explore(models: list[tuple[Path, Organisation]], out_dir: Path) -> None:
    """The explorer page of every shipped model, ``explorer.html`` (the first model is the baseline
    of the comparison; see :mod:`orgmodel.explore`)."""
    from ._util import write_atomic
    from .explore import explorer_page

    page = explorer_page([org for _, org in models], lang="fi")
    write_atomic(out_dir / "explorer.html", page)
    print(f"Selainsivu: {out_dir}/explorer.html ({len(page.encode()) // 1000} kt, {len(models)} rakennetta)")
def demo_editable(models: list[tuple[Path, Organisation]], out_dir: Path) -> None:
    """The archetype comparison as editable files: ``archetypes.pptx`` (one slide per page of the
    slide sheet: the archetypes side by side, then marked against the traditional board model)
    and the same pages as ``archetypes.drawio`` (:mod:`orgmodel.render.pptx`, :mod:`orgmodel.render.drawio`)."""
    from ._util import write_atomic
    from .render import drawio, pptx
    from .render.gallery import gallery

    pages = [d for name, d in gallery(models) if name.startswith("sheet-archetypes")]
    if not pages:
        return
    write_atomic(out_dir / "archetypes.pptx", pptx.document(pages))
    write_atomic(out_dir / "archetypes.drawio", drawio.document(pages))
    print(f"Muokattavat: {out_dir}/archetypes.pptx ja archetypes.drawio ({len(pages)} diaa)")
def demo_regulations(models: list[tuple[Path, Organisation]], out_dir: Path) -> None:
    """The delegation table and the organisation chapter (Markdown and DOCX) of every archetype and
    real structure, and the changes from the lautakuntamalli to the valiokuntamalli, in ``out_dir``."""
    from ._util import write_atomic
    from .regulations import changes_document, delegation_table, organisation_chapter, render

    chosen = {path.stem: (path, org) for path, org in models if path.parent.name in ("archetypes", "real")}
    documents = []
    for stem, (path, org) in sorted(chosen.items()):
        documents += [(f"{stem}-toimivaltaluettelo", delegation_table(org, "fi")),
                      (f"{stem}-hallintosaanto", organisation_chapter(org, "fi", source=path.name)),
                      (f"{stem}-forvaltningsstadga", organisation_chapter(org, "sv", source=path.name))]
    a, b = chosen.get("lautakuntamalli-toimialat"), chosen.get("valiokuntamalli-paattava")
    if a and b:
        documents.append(("muutokset-lautakuntamalli-valiokuntamalli", changes_document(a[1], b[1], "fi")))
    for name, doc in documents:  # each built once, written in both formats
        for fmt in ("md", "docx"):
            write_atomic(out_dir / f"{name}.{fmt}", render(doc, fmt))
    print(f"\nHallintosääntö: {2 * len(documents)} tiedostoa hakemistoon {out_dir}/")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    models_dir = Path(args[0] if args else "models")
    out_dir = Path(args[1] if len(args) > 1 else "diagrams")
    try:
        models = load_models(models_dir)
    except ModelError as e:
        print(e, file=sys.stderr)
        return e.exit_code
    print(f"orgmodel demo: {len(models)} models from {models_dir}/\n")
    demo_check(models)
    demo_compare(models, out_dir)
    demo_render(models, out_dir)
    demo_exports(models, out_dir.parent / "exports")
    demo_explore(models, out_dir)
    demo_editable(models, out_dir)
    demo_regulations(models, out_dir.parent / "regulations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
