"""Action themes: differently titled action areas of different plans land on one theme."""

import policygraph
from policygraph.api import bundled_corpus
from policygraph.graph.namespace import DCTERMS, PG, RDF, SKOS

from conftest import plan_named


def test_transport_areas_of_three_districts_share_a_theme(corpus):
    titles = {}
    for stem in ("qingpu-2022-carbon-peak-plan", "minhang-carbon-peak-plan", "jinshan-2023-carbon-peak-plan"):
        plan = plan_named(corpus, stem)
        transport = [a for a in plan.actions if a.theme and a.theme.id == "transport"]
        assert len(transport) == 1, stem
        titles[stem] = transport[0].title
    # written differently, compared as one field of work
    assert titles["minhang-carbon-peak-plan"] == "交通领域碳达峰行动"
    assert titles["qingpu-2022-carbon-peak-plan"] == "交通领域绿色低碳行动"


def test_tasks_take_their_area_theme_and_table_rows_their_linked_area(corpus):
    jinshan = plan_named(corpus, "jinshan-2023-carbon-peak-plan")
    in_areas = [t for t in jinshan.tasks if t.action]
    assert len(in_areas) == 112  # 32 tasks and 80 table rows; the 6 measures have no area
    assert all(t.theme is t.action.theme for t in in_areas)
    table = plan_named(corpus, "jinshan-gaoxin-2025-task-table")
    rows = [t for t in table.tasks if t.action]
    assert rows and all(t.theme is t.action.theme for t in rows)


def test_measures_without_an_area_go_by_their_section(corpus):
    qingpu = plan_named(corpus, "qingpu-2022-carbon-peak-plan")
    measures = [t for t in qingpu.tasks if t.kind == "measure"]
    assert measures and {t.theme.id for t in measures} == {"safeguards"}


def test_a_user_theme_file_adds_a_theme(tmp_path):
    extra = tmp_path / "themes.tsv"
    extra.write_text("#table: action_themes\npollution\t减污降碳协同\tPollution and carbon\t大气污染\n", encoding="utf-8")
    jiangsu = next(p for p in bundled_corpus() if p.endswith("jiangsu-eeb-carbon-workplan-2021.pdf"))

    def theme_of_pollution_task(lexicon_files):
        plan = policygraph.build([jiangsu], lexicon_files=lexicon_files).plans[0]
        task = next(t for t in plan.tasks if t.title.startswith("协同推进减碳与大气污染防治"))
        return task.theme.id if task.theme else None

    assert theme_of_pollution_task([]) is None
    assert theme_of_pollution_task([str(extra)]) == "pollution"


def test_themes_are_concepts_in_the_graph(corpus):
    graph = corpus.rdf
    themes = set(graph.subjects(RDF.type, PG.ActionTheme))
    assert {str(t).rsplit("/", 1)[1] for t in themes} >= {"energy", "transport", "buildings", "carbon-sink", "safeguards"}
    for theme in themes:
        assert {label.language for label in graph.objects(theme, SKOS.prefLabel)} == {"zh", "en"}
    themed_tasks = {s for s in graph.subjects(DCTERMS.subject, None) if (s, RDF.type, PG.Task) in graph}
    assert len(themed_tasks) == sum(1 for t in corpus.corpus.tasks if t.theme)
