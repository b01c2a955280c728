"""The model as an RDF graph (rdflib), in the ontology of ``ontology/policygraph.ttl``.

Organisations are W3C ORG units typed by a SKOS department-type concept; each assignment is
a PROV qualified attribution with a role and a role basis, plus the ``pg:leadUnit`` /
``pg:coUnit`` shortcuts; deadlines are OWL-Time instants; every task and assignment is
``prov:wasDerivedFrom`` a Web Annotation span (file, code-point offsets, line).
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from ..extract.citations import normalise_title
from ..model import (
    AT_LEAST, AT_MOST, BASIS_FIRST_LISTED, BASIS_PROSE, BASIS_RIDER, BASIS_LABELLED, BASIS_MARKED, BASIS_SOLE, BASIS_STATED, DECREASE_BY,
    INCREASE_BY, LEAD, MORE_THAN, REACH, ActionTheme, AdminLevel, Corpus, Plan, Span, Target, Task,
)
from ..normalize.lexicon import Lexicon
from ..normalize.places import places_at_start, unknown_place, unnamed_place_of
from . import iris
from .namespace import DCTERMS, FOAF, OA, ORG, PG, PREFIXES, PROV, QUDT, RDF, RDFS, SKOS, TIME, XSD

BASIS_TERMS = {
    BASIS_MARKED: PG.Marked,
    BASIS_LABELLED: PG.Labelled,
    BASIS_FIRST_LISTED: PG.FirstListed,
    BASIS_STATED: PG.StatedRule,
    BASIS_SOLE: PG.Sole,
    BASIS_RIDER: PG.StandingRider,
    BASIS_PROSE: PG.Prose,
}
COMPARATOR_TERMS = {
    AT_LEAST: PG.AtLeast,
    AT_MOST: PG.AtMost,
    MORE_THAN: PG.MoreThan,
    REACH: PG.Reach,
    DECREASE_BY: PG.DecreaseBy,
    INCREASE_BY: PG.IncreaseBy,
}
LEVEL_TERMS = {
    AdminLevel.NATIONAL: PG.NationalLevel,
    AdminLevel.PROVINCE: PG.ProvinceLevel,
    AdminLevel.PREFECTURE: PG.PrefectureLevel,
    AdminLevel.COUNTY: PG.CountyLevel,
    AdminLevel.ZONE: PG.ZoneLevel,
    AdminLevel.TOWNSHIP: PG.TownshipLevel,
    AdminLevel.UNKNOWN: PG.UnknownLevel,
}
TASK_CLASSES = {"task": PG.Task, "measure": PG.Measure, "row": PG.TableRow}
UNIT_CLASSES = {"department": ORG.OrganizationalUnit, "collective": PG.CollectiveUnit, "named": ORG.Organization}


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


class _Builder:
    def __init__(self, corpus: Corpus, lexicon: Lexicon, context: list[Plan] | None = None) -> None:
        self.corpus = corpus
        self.lexicon = lexicon
        # each triple once, in the order added: what a graph would hold, without an rdflib graph's
        # cost per triple (a store build converts these straight to pyoxigraph quads)
        self.triples: dict[tuple, None] = {}
        self.add = self.triples.setdefault
        self.places: set[str] = set()
        self.types: set[str] = set()
        self.themes: dict[str, ActionTheme] = {}
        self.units: dict[str, URIRef] = {}
        every = corpus.plans if context is None else context  # what the plans may refer to
        self.plans = {p.id: p for p in every}
        # places the lexicon does not list (zones, unknown places), named by the plans themselves
        self.unlisted = {j.code: j for p in every for j in [*p.jurisdictions, p.jurisdiction] if j}
        for plan in every:  # where a joint plan keeps units whose government it cannot tell
            self.unlisted.setdefault(unknown_place(plan.id).code, unknown_place(plan.id))

    def build(self) -> list[tuple]:
        for plan in self.corpus.plans:
            self.plan(plan)
        for type_id in sorted(self.types):
            self.department_type(type_id)
        for theme in self.themes.values():
            self.theme(theme)
        kinds = {PG.adminLevel, PG.comparator}  # a set: one hash per triple, not rdflib's == twice
        used = {(p, o) for _, p, o in self.triples if p in kinds}
        for level, term in LEVEL_TERMS.items():
            if (PG.adminLevel, term) in used:  # typed and named here too, as comparators are
                self.add((term, RDF.type, PG.AdminLevel))
                self.add((term, SKOS.inScheme, PG.AdminLevels))
                self.add((term, SKOS.notation, Literal(level.value)))
        for comparator in sorted(o for p, o in used if p == PG.comparator):
            # typed here too, so the graph validates on its own, without the ontology file
            self.add((comparator, RDF.type, PG.Comparator))
            self.add((comparator, SKOS.inScheme, PG.Comparators))
        return list(self.triples)

    # -- plans ---------------------------------------------------------------------------
    def plan(self, plan: Plan) -> None:
        node = URIRef(iris.plan(plan.id))
        add = self.add
        add((node, RDF.type, PG.Plan))
        add((node, RDF.type, PROV.Plan))
        self.title_and_number(node, plan.title, plan.doc_number)
        if plan.notice_title:
            add((node, PG.noticeTitle, zh(plan.notice_title)))
        if plan.issue_date:
            if plan.date_precision == "month":
                add((node, DCTERMS.issued, Literal(plan.issue_date.strftime("%Y-%m"), datatype=XSD.gYearMonth)))
            else:
                add((node, DCTERMS.issued, Literal(plan.issue_date, datatype=XSD.date)))
        if plan.year:
            add((node, PG.year, Literal(str(plan.year), datatype=XSD.gYear)))
        for place in plan.places:
            add((node, DCTERMS.spatial, self.place(place.code)))
        if plan.place_evidence:
            add((node, PG.placeEvidence, zh(plan.place_evidence)))
        for name in plan.issuers:
            home = self.issuer_place(plan, name)
            issuer = self.unit_node(f"{home}/unit/{name}")
            add((issuer, RDF.type, ORG.Organization))
            add((issuer, SKOS.prefLabel, zh(name)))
            add((issuer, PG.unitKind, Literal("named")))
            if home != "unknown":
                add((issuer, PG.jurisdiction, self.place(home)))
            add((node, DCTERMS.publisher, issuer))
        for number, citation in enumerate(plan.citations, start=1):
            self.citation(plan, node, number, citation)
        if plan.part_of:
            add((node, DCTERMS.isPartOf, URIRef(iris.plan(plan.part_of.id))))
            add((node, PG.attachmentScore, Literal(plan.part_of_score)))
        for title in plan.attachment_titles:
            add((node, PG.note, zh("附件：" + title)))
        source = URIRef(iris.source(plan.id))
        add((node, DCTERMS.source, source))
        add((source, RDF.type, PG.SourceDocument))
        add((source, PG.sourcePath, Literal(plan.source.path)))
        add((source, DCTERMS["format"], Literal("text/tab-separated-values" if plan.source.kind == "table" else "text/plain")))
        for action in plan.actions:
            action_node = URIRef(iris.action(plan.id, action.index))
            add((action_node, RDF.type, PG.ActionArea))
            add((action_node, DCTERMS.isPartOf, node))
            add((action_node, PG.number, Literal(action.number)))
            add((action_node, DCTERMS.title, zh(action.title)))
            add((action_node, PROV.wasDerivedFrom, self.span(plan, action.span)))
            if action.theme:
                add((action_node, DCTERMS.subject, self.theme_node(action.theme)))
        for target in plan.targets:
            add((node, PG.target, self.target(target)))
        for task in plan.tasks:
            self.task(plan, task)
        for number, problem in enumerate(plan.problems, start=1):
            problem_node = URIRef(iris.problem(plan.id, number))
            add((problem_node, RDF.type, PG.UnparsedClause))
            add((problem_node, PG.reason, Literal(problem.reason)))
            add((problem_node, PG.severity, Literal(problem.severity)))
            add((problem_node, PG.text, zh(problem.text)))
            add((problem_node, PG.line, Literal(problem.line)))
            add((problem_node, PROV.wasDerivedFrom, source))

    def issuer_place(self, plan: Plan, name: str) -> str:
        """The code of the government an issuer belongs to: of a joint plan's, the one its name starts with."""
        codes = [j.code for j in plan.places]
        _, places = places_at_start(name, self.lexicon)
        named = [p.code for p in places if any(self.lexicon.is_within(code, p.code) or code == p.code for code in codes)]
        if len(named) == 1:
            return next(code for code in codes if code == named[0] or self.lexicon.is_within(code, named[0]))
        return codes[0] if codes else "unknown"

    def title_and_number(self, node: URIRef, title: str | None, number: str | None) -> None:
        """A document's dct:title and its number (文号) as dct:identifier, where known."""
        if title:
            self.add((node, DCTERMS.title, zh(title)))
        if number:
            self.add((node, DCTERMS.identifier, Literal(number)))

    def citation(self, plan: Plan, plan_node: URIRef, number: int, citation) -> None:
        """A citation of ``plan``: the cited document (shared by every plan citing it) and the span."""
        key = citation.number or normalise_title(citation.title or "")
        document = URIRef(iris.document(key))
        add = self.add
        add((plan_node, PG.cites, document))
        add((document, RDF.type, PG.CitedDocument))
        self.title_and_number(document, citation.title, citation.number)
        if citation.cited_plan:
            add((document, PG.isPlan, URIRef(iris.plan(citation.cited_plan))))
            add((plan_node, PG.citesPlan, URIRef(iris.plan(citation.cited_plan))))
        occurrence = URIRef(iris.citation(plan.id, number))
        add((plan_node, PG.citation, occurrence))
        add((occurrence, RDF.type, PG.Citation))
        add((occurrence, PG.citedDocument, document))
        add((occurrence, PROV.wasDerivedFrom, self.span(plan, citation.span, quote=citation.title or citation.number)))

    # -- tasks ---------------------------------------------------------------------------
    def task(self, plan: Plan, task: Task) -> None:
        node = URIRef(iris.task(plan.id, task.local_id))
        add = self.add
        add((node, RDF.type, TASK_CLASSES[task.kind]))
        if task.kind != "task":
            add((node, RDF.type, PG.Task))
        add((node, PG.inPlan, URIRef(iris.plan(plan.main_plan.id))))
        add((node, DCTERMS.isPartOf, URIRef(iris.plan(plan.id))))
        if task.number:
            add((node, PG.number, Literal(task.number)))
        add((node, DCTERMS.title, zh(task.title)))
        add((node, RDFS.label, zh(task.title)))
        add((node, PG.text, zh(task.text)))
        if task.section:
            add((node, PG.section, zh(task.section)))
        if task.action:
            add((node, PG.inAction, URIRef(iris.action(plan.main_plan.id, task.action.index))))
        if task.clause_text:
            add((node, PG.responsibilityText, zh(task.clause_text)))
        if task.theme:
            add((node, DCTERMS.subject, self.theme_node(task.theme)))
        add((node, PROV.wasDerivedFrom, self.span(plan, task.span)))
        owners = []  # (pg:leadUnit or pg:coUnit, unit): the task's, and its targets'
        for index, assignment in enumerate(task.assignments, start=1):
            unit = self.unit(assignment.unit)
            attribution = URIRef(f"{node}/assignment/{index}")
            add((node, PROV.qualifiedAttribution, attribution))
            add((attribution, RDF.type, PG.Assignment))
            add((attribution, PROV.agent, unit))
            add((attribution, PROV.hadRole, PG.LeadRole if assignment.role == LEAD else PG.CoRole))
            add((attribution, PG.roleBasis, BASIS_TERMS[assignment.basis]))
            add((attribution, PG.surfaceForm, zh(assignment.surface)))
            for rule in assignment.rules:
                add((attribution, PG.appliedRule, Literal(rule)))
            add((attribution, PROV.wasDerivedFrom, self.span(plan, assignment.span, quote=assignment.surface)))
            owners.append((PG.leadUnit if assignment.role == LEAD else PG.coUnit, unit))
            add((node, *owners[-1]))
            add((unit, SKOS.altLabel, zh(assignment.surface)))
        jurisdiction = plan.jurisdiction.code if plan.jurisdiction else "unknown"
        for name in task.leaders:
            person = URIRef(iris.person(jurisdiction, name))
            add((person, RDF.type, FOAF.Person))
            add((person, FOAF.name, zh(name)))
            add((node, PG.leader, person))
        if task.deadline:
            deadline = URIRef(f"{node}/deadline")
            add((node, TIME.hasEnd, deadline))
            add((deadline, RDF.type, TIME.Instant))
            add((deadline, RDFS.label, zh(task.deadline.text)))
            if task.deadline.end:
                add((deadline, TIME.inXSDDate, Literal(task.deadline.end, datatype=XSD.date)))
            if task.deadline.ongoing:
                add((deadline, PG.ongoing, Literal(True)))
        for milestone in task.milestones:
            milestone_node = URIRef(f"{node}/milestone/{milestone.quarter or milestone.period}")
            add((node, PG.milestone, milestone_node))
            add((milestone_node, RDF.type, PG.Milestone))
            add((milestone_node, PG.period, zh(milestone.period)))
            add((milestone_node, RDFS.label, zh(milestone.text)))
            if milestone.quarter:
                add((milestone_node, PG.quarter, Literal(milestone.quarter)))
            if milestone.end:
                end = URIRef(f"{milestone_node}/end")
                add((milestone_node, TIME.hasEnd, end))
                add((end, RDF.type, TIME.Instant))
                add((end, TIME.inXSDDate, Literal(milestone.end, datatype=XSD.date)))
        for target in task.targets:
            target_node = self.target(target)
            add((node, PG.target, target_node))
            for owner in owners:
                add((target_node, *owner))
        if task.restates:
            body_plan = plan.main_plan
            add((node, PG.restates, URIRef(iris.task(body_plan.id, task.restates.local_id))))
            add((node, PG.restatementScore, Literal(task.restates_score)))
        if task.lead_conflict:
            add((node, PG.leadConflict, Literal(True)))
        if task.no_lead:
            add((node, PG.noLeadNamed, Literal(True)))
        for note in task.notes:
            add((node, PG.note, Literal(note)))

    def target(self, target: Target) -> URIRef:
        """The target's node; its facts are added once, however many tasks share it."""
        node = URIRef(iris.target(target.plan_id, target.local_id))
        if (node, RDF.type, PG.Target) in self.triples:
            return node
        add = self.add
        add((node, RDF.type, PG.Target))
        add((node, RDFS.label, zh(target.text)))
        add((node, PG.metric, zh(target.metric)))
        add((node, QUDT.numericValue, Literal(target.value, datatype=XSD.decimal)))
        add((node, PG.unitText, Literal(target.unit)))
        add((node, PG.comparator, COMPARATOR_TERMS[target.comparator]))
        for prop, year in ((PG.targetYear, target.year), (PG.periodStart, target.period_start),
                           (PG.periodEnd, target.period_end), (PG.baseYear, target.base_year)):
            if year is not None:
                add((node, prop, Literal(str(year), datatype=XSD.gYear)))
        if target.value_max is not None:
            add((node, PG.valueMax, Literal(target.value_max, datatype=XSD.decimal)))
        if target.baseline is not None:
            add((node, PG.baselineValue, Literal(target.baseline, datatype=XSD.decimal)))
            add((node, PG.baselineUnitText, Literal(target.baseline_unit)))
        if target.approximate:
            add((node, PG.approximate, Literal(True)))
        for rule in target.rules:
            add((node, PG.appliedRule, Literal(rule)))
        add((node, PROV.wasDerivedFrom, self.span(self.plans[target.plan_id], target.span, quote=target.text)))
        return node

    # -- organisations -------------------------------------------------------------------
    def unit_node(self, key: str) -> URIRef:
        if key not in self.units:
            self.units[key] = URIRef(iris.unit(key))
        return self.units[key]

    def unit(self, ref) -> URIRef:
        node = self.unit_node(ref.key)
        add = self.add
        add((node, RDF.type, UNIT_CLASSES.get(ref.kind, ORG.Organization)))
        # stated, not inferred: validation and plain SPARQL run without RDFS inference
        add((node, RDF.type, ORG.Organization))
        add((node, SKOS.prefLabel, zh(ref.name)))
        add((node, PG.unitKind, Literal(ref.kind)))
        add((node, PG.jurisdiction, self.place(ref.jurisdiction)))
        if ref.type_id and ref.type_id in self.lexicon.types:
            add((node, ORG.classification, URIRef(iris.department_type(ref.type_id))))
            self.types.add(ref.type_id)
        return node

    def concept(self, node: URIRef, cls: URIRef, scheme_iri: str, scheme_label: str, notation: str, label_zh: str, label_en: str) -> None:
        """A SKOS concept with its Chinese and English names, in its scheme."""
        scheme = URIRef(scheme_iri)
        add = self.add
        add((scheme, RDF.type, SKOS.ConceptScheme))
        add((scheme, SKOS.prefLabel, Literal(scheme_label, lang="zh")))
        add((node, RDF.type, cls))
        add((node, RDF.type, SKOS.Concept))
        add((node, SKOS.inScheme, scheme))
        add((node, SKOS.notation, Literal(notation)))
        add((node, SKOS.prefLabel, zh(label_zh)))
        add((node, SKOS.prefLabel, Literal(label_en, lang="en")))

    def department_type(self, type_id: str) -> None:
        entry = self.lexicon.types[type_id]
        node = URIRef(iris.department_type(type_id))
        self.concept(node, PG.DepartmentType, iris.TYPE_SCHEME, "部门类型", type_id, entry.label_zh, entry.label_en)
        for alias in entry.aliases:
            if alias != entry.label_zh:
                self.add((node, SKOS.altLabel, zh(alias)))

    def theme_node(self, theme: ActionTheme) -> URIRef:
        self.themes[theme.id] = theme
        return URIRef(iris.theme(theme.id))

    def theme(self, theme: ActionTheme) -> None:
        node = URIRef(iris.theme(theme.id))
        self.concept(node, PG.ActionTheme, iris.THEME_SCHEME, "行动主题", theme.id, theme.label_zh, theme.label_en)

    def place(self, code: str) -> URIRef:
        node = URIRef(iris.place(code))
        if code in self.places:
            return node
        self.places.add(code)
        add = self.add
        add((node, RDF.type, PG.Jurisdiction))
        jurisdiction = self.lexicon.jurisdictions.get(code) or self.unlisted.get(code) or unnamed_place_of(code, self.lexicon)
        if jurisdiction:
            add((node, SKOS.prefLabel, zh(jurisdiction.name)))
            if code in self.lexicon.jurisdictions and code.isdigit():
                add((node, SKOS.notation, Literal(code)))  # a GB/T 2260 code
            add((node, PG.level, zh(jurisdiction.level)))
            add((node, PG.adminLevel, LEVEL_TERMS[jurisdiction.rank]))
            if jurisdiction.status != "current":
                add((node, PG.divisionStatus, Literal(jurisdiction.status)))
                if jurisdiction.successor:
                    add((node, DCTERMS.isReplacedBy, self.place(jurisdiction.successor)))
            if jurisdiction.parent:
                add((node, PG.withinJurisdiction, self.place(jurisdiction.parent)))
        return node

    # -- provenance ----------------------------------------------------------------------
    def span(self, plan: Plan, span: Span, quote: str | None = None) -> URIRef:
        node = URIRef(iris.span(plan.id, span.start, span.end))
        add = self.add
        add((node, RDF.type, OA.SpecificResource))
        add((node, OA.hasSource, URIRef(iris.source(plan.id))))
        add((node, PG.line, Literal(span.line)))
        selector = URIRef(f"{node}/position")
        add((node, OA.hasSelector, selector))
        add((selector, RDF.type, OA.TextPositionSelector))
        add((selector, OA.start, Literal(span.start)))
        add((selector, OA.end, Literal(span.end)))
        if quote:
            add((node, OA.hasSelector, URIRef(f"{node}/quote")))
            add((URIRef(f"{node}/quote"), RDF.type, OA.TextQuoteSelector))
            add((URIRef(f"{node}/quote"), OA.exact, zh(plan.source.text[span.start : span.end])))
        return node


def rdf_triples(corpus: Corpus, lexicon: Lexicon, context: list[Plan] | None = None) -> list[tuple]:
    """The corpus's triples (rdflib terms), each once. ``context``: the whole batch, when
    ``corpus`` is part of it (a group of plans written on its own into a store,
    :mod:`policygraph.collection`)."""
    return _Builder(corpus, lexicon, context).build()


def to_rdf(corpus: Corpus, lexicon: Lexicon, context: list[Plan] | None = None) -> Graph:
    """The corpus as one rdflib graph (for rdflib's serialisers and pyshacl); a store is
    written from :func:`rdf_triples` without one (:func:`policygraph.graph.dataset.model_quads`)."""
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in rdf_triples(corpus, lexicon, context))
    return graph
