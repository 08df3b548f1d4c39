package gongkai.format;

import static gongkai.format.JsonFields.Element.objects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * formats.json mapped onto the format records by hand, read once for both the statutory formats and the
 * legacy one. A record that gains a component no longer compiles here, and {@code FormatsJsonTest} compares
 * the result with Jackson databind's reading of the same file, so the mapping cannot drift silently.
 */
final class FormatsJson {
    static final String RESOURCE = "formats.json";
    private static final JsonFields ROOT = readRoot();

    private FormatsJson() {
    }

    static ReportFormats standard() {
        return formats(ROOT);
    }

    static LegacyFormat standardLegacy() {
        LegacyFormat legacy = ROOT.object("legacy", FormatsJson::legacy);
        if (legacy == null) {
            throw new IllegalStateException(RESOURCE + " has no legacy part");
        }
        return legacy;
    }

    private static JsonFields readRoot() {
        try (InputStream in = ReportFormats.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new JsonFields(JsonTree.read(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ReportFormats formats(JsonFields root) {
        return new ReportFormats(root.list("sections", objects(FormatsJson::section)),
                root.list("versions", objects(f -> new VersionSpec(f.string("id"), f.integer("firstYear"),
                        f.integer("lastYear")))),
                root.list("tables", objects(FormatsJson::table)),
                root.object("versionTables", v -> v.entries(objects(t -> t.entries(JsonFields.Element.STRING)))),
                root.list("rules", objects(FormatsJson::sumRule)),
                root.list("cellRules", objects(f -> new CellRule(f.string("id"), f.string("code"),
                        f.strings("tables"), f.string("severity"), f.string("category"), text(f, "message")))),
                root.object("audits", FormatsJson::audits));
    }

    private static SectionSpec section(JsonFields f) {
        return new SectionSpec(f.string("key"), f.string("numeral"), f.strings("titles"), f.strings("variants"),
                f.strings("keywords"));
    }

    private static TableSpec table(JsonFields f) {
        return new TableSpec(f.string("id"), f.string("layout"), f.string("section"), f.string("style"),
                f.strings("fingerprints"), f.list("blocks", objects(b -> new BlockSpec(b.string("key"),
                        b.strings("labels"), b.list("rows", objects(FormatsJson::line)),
                        b.list("columns", objects(FormatsJson::line))))));
    }

    private static LineSpec line(JsonFields f) {
        return new LineSpec(f.string("key"), f.strings("labels"), f.string("group"), f.strings("tags"),
                f.bool("signed"), f.bool("decimal"), f.bool("money"));
    }

    private static SumRule sumRule(JsonFields f) {
        return new SumRule(f.string("id"), f.string("code"), f.string("table"), f.string("severity"),
                f.string("category"), f.string("each"), f.strings("sum"), f.strings("equals"), text(f, "message"));
    }

    private static LocalizedText text(JsonFields f, String name) {
        return f.object(name, t -> new LocalizedText(t.string("zh"), t.string("en")));
    }

    private static AuditSpec audits(JsonFields f) {
        return new AuditSpec(f.strings("narrativeParts"),
                f.list("claims", objects(c -> new AuditSpec.ClaimSpec(c.string("rule"), c.string("name"),
                        c.strings("cells"), c.string("severity"), c.bool("total")))),
                f.stringLists("otherSums"),
                f.string("otherTotalsTable"), f.strings("feeCells"), f.string("feePart"), f.string("notEmptyPart"),
                f.object("carriedOver", c -> new AuditSpec.CarryOver(c.string("table"), c.string("from"),
                        c.string("into"))),
                f.strings("inForceRows"),
                f.object("prevYearItems", t -> new AuditSpec.TableLayout(t.string("table"), t.string("layout"))),
                f.strings("versionTables"));
    }

    private static LegacyFormat legacy(JsonFields f) {
        return new LegacyFormat(f.object("years", y -> new LegacyFormat.Years(y.integer("first"), y.integer("last"))),
                f.list("parts", objects(p -> new LegacyFormat.Part(p.string("key"), p.strings("words"),
                        p.string("en")))),
                f.strings("headingEnds"), f.object("annex", FormatsJson::annex),
                f.list("narrative", objects(n -> new LegacyFormat.NarrativeFigure(n.string("key"),
                        n.strings("parts"), n.string("en"), n.string("measure"), n.string("annexRow"),
                        n.strings("patterns")))));
    }

    private static LegacyFormat.Annex annex(JsonFields f) {
        return new LegacyFormat.Annex(f.strings("header"), f.strings("units"),
                f.list("columns", objects(c -> new LegacyFormat.Column(c.string("key"), c.strings("patterns"),
                        c.string("en")))),
                f.list("rows", objects(r -> new LegacyFormat.Row(r.string("key"), r.strings("labels"),
                        r.string("en"), r.string("measure"), r.strings("crosswalk")))),
                f.list("rules", objects(r -> new LegacyFormat.Rule(r.string("id"), r.strings("sum"),
                        r.strings("equals"), text(r, "message")))));
    }
}
