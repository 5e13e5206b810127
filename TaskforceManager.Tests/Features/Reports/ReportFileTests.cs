using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>
/// Every report written as .docx, .xlsx and .csv and opened again as Word, Excel and a CSV reader would: headings with
/// real heading styles, tables with a repeating header row, names with accents intact, A4 pages, the coalition's name,
/// the date and page numbers in header and footer, and no OpenXml validation error.
/// </summary>
public sealed class ReportFileTests(ReportScenarioFixture fixture) : IClassFixture<ReportScenarioFixture>
{
    private ReportScenario Scenario => fixture.Scenario;

    public static TheoryData<ReportKind> Kinds => new(ReportKinds.All);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_report_is_a_valid_word_document_on_A4_with_header_footer_and_page_numbers(ReportKind kind)
    {
        using var docx = OpenDocx(await ProduceAsync(kind));

        var errors = new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));

        var main = docx.MainDocumentPart!;
        var size = main.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Contains("EU STEM Coalition", main.HeaderParts.Single().Header.InnerText, StringComparison.Ordinal);
        var footer = main.FooterParts.Single().Footer;
        Assert.Contains("24 November 2026", footer.InnerText, StringComparison.Ordinal);
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.Equal("en-GB", main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Val!.Value);

        var styles = main.StyleDefinitionsPart.Styles.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(2, styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
    }

    [Fact]
    public async Task The_briefing_document_has_its_sections_practices_authors_and_accents()
    {
        using var docx = OpenDocx(await ProduceAsync(ReportKind.Briefing));

        Assert.Equal("Girls in STEM in Bretagne", Paragraphs(docx, "Title").Single());
        Assert.Equal(["Challenge", "Context", "Recommendations", "Matched best practices", "Authors"], Paragraphs(docx, "Heading1"));
        Assert.Contains("Pair every school with a company.", Paragraphs(docx, "ListBullet"));
        var practices = TableAfter(docx, "Matched best practices");
        Assert.Equal(["Practice", "From", "Organisation", "Transferred to", "Why it fits"], HeaderCells(practices));
        Assert.Equal("Jet-Net", Cell(practices, 1, 0));
        Assert.Equal("Denmark (2012)", Cell(practices, 1, 3));
        Assert.StartsWith("Shares the theme Girls and women in STEM; ", Cell(practices, 1, 4), StringComparison.Ordinal);
        var authors = TableAfter(docx, "Authors");
        Assert.Equal(("Zsófia Kovács", "Óbuda University", "Member"), (Cell(authors, 1, 0), Cell(authors, 1, 1), Cell(authors, 1, 2)));
        Assert.Contains("Fréhel and Saint-Brieuc", BodyText(docx), StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.InternalNote, BodyText(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_taskforce_progress_report_has_team_timeline_outcomes_and_deliverables()
    {
        var document = await ProduceAsync(ReportKind.TaskforceProgress);
        using var docx = OpenDocx(document);

        Assert.Equal("taskforce-innobasque-progress-2026-11-24.docx", document.FileNameFor(ReportFormat.Docx));
        Assert.Equal(
            ["Summary", "Objectives", "Team", "Timeline of meetings", "Decisions", "Recommendations", "Action items", "Deliverables", "Roundtables convened"],
            Paragraphs(docx, "Heading1"));
        var team = TableAfter(docx, "Team");
        Assert.Equal(["Name", "Organisation", "Role", "Since"], HeaderCells(team));
        Assert.Equal(("Zsófia Kovács", "Lead"), (Cell(team, 1, 0), Cell(team, 1, 2)));
        Assert.Equal(("Iñaki Ñúñez", "Ikerbasque", "Member"), (Cell(team, 2, 0), Cell(team, 2, 1), Cell(team, 2, 2)));
        var timeline = TableAfter(docx, "Timeline of meetings");
        Assert.Equal(["Date", "Meeting", "Where", "Outcomes", "Summary"], HeaderCells(timeline));
        Assert.Equal(
            [("Kick-off in Bilbao", "Published"), ("Working session", "Submitted"), ("Visit to Mondragon", "Draft"), ("Strategy workshop", "Upcoming")],
            timeline.Elements<TableRow>().Skip(1).Select(r => (r.Elements<TableCell>().ElementAt(1).InnerText, r.Elements<TableCell>().ElementAt(3).InnerText)));
        Assert.Contains(ReportScenario.PublishedDecision, Column(TableAfter(docx, "Decisions"), 2));
        var actions = TableAfter(docx, "Action items");
        Assert.Equal("Book the venue in Donostia", Cell(actions, 1, 0));
        Assert.Equal("Open, overdue", Cell(actions, 1, 3));
        var deliverables = TableAfter(docx, "Deliverables");
        Assert.Equal(("Strategy draft", "30 June 2026", "Planned, overdue"), (Cell(deliverables, 1, 0), Cell(deliverables, 1, 1), Cell(deliverables, 1, 2)));
        Assert.Equal(("Platform design", "Delivered", "20 September 2026"), (Cell(deliverables, 2, 0), Cell(deliverables, 2, 2), Cell(deliverables, 2, 3)));
    }

    [Fact]
    public async Task The_roundtable_report_counts_participants_by_stakeholder_type()
    {
        using var docx = OpenDocx(await ProduceAsync(ReportKind.Roundtable));

        Assert.Equal(["Summary", "Participants by stakeholder type", "Bottlenecks", "Recommendations", "Team", "Sessions"], Paragraphs(docx, "Heading1"));
        Assert.Equal(["Participating organisations"], Paragraphs(docx, "Heading2"));
        var byType = TableAfter(docx, "Participants by stakeholder type");
        Assert.Equal(["Stakeholder type", "Organisations", "People"], HeaderCells(byType));
        Assert.Equal(("Employer organisation", "1", "3"), (Cell(byType, 1, 0), Cell(byType, 1, 1), Cell(byType, 1, 2)));
        Assert.Equal(("Total", "4", "8"), (Cell(byType, 5, 0), Cell(byType, 5, 1), Cell(byType, 5, 2)));
        Assert.Contains("Eusko Jaurlaritza – Gobierno Vasco", Column(TableAfter(docx, "Participating organisations"), 0));
        Assert.Contains("Too few female role models in vocational schools.", Paragraphs(docx, "ListBullet"));
    }

    [Fact]
    public async Task The_country_overview_has_a_section_per_taskforce_and_the_published_outcomes()
    {
        using var docx = OpenDocx(await ProduceAsync(ReportKind.CountryOverview, ReportScenarioViewer.Contact));

        Assert.Equal(["Support requests", "Policy briefings", "Taskforces", "Roundtables", "Upcoming meetings", "Published outcomes"], Paragraphs(docx, "Heading1"));
        Assert.Equal(["InnoBasque", "Meetings with published outcomes", "Decisions", "Recommendations", "Action items"], Paragraphs(docx, "Heading2"));
        Assert.Equal(["Objectives", "Team", "Deliverables"], Paragraphs(docx, "Heading3"));
        var requests = TableAfter(docx, "Support requests");
        Assert.Equal(["Reference", "Title", "Received", "Status", "Hoped for", "What happens next"], HeaderCells(requests));
        Assert.Equal(("STEAM strategy for Euskadi", "5 January 2026", "Accepted as a taskforce"), (Cell(requests, 1, 1), Cell(requests, 1, 2), Cell(requests, 1, 5)));
        Assert.Contains("Invite Ñ-Tech and the Óbuda lab to the next meeting.", BodyText(docx), StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.SubmittedDecision, BodyText(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pipeline_report_writes_its_charts_as_tables()
    {
        using var docx = OpenDocx(await ProduceAsync(ReportKind.Pipeline));

        Assert.Equal(
            ["Requests by status", "Requests by country", "Requests by theme", "Cases opened in the period", "Time in each stage", "Overdue on 24 November 2026"],
            Paragraphs(docx, "Heading1"));
        var byStatus = TableAfter(docx, "Requests by status");
        Assert.Equal(["Status", "Requests"], HeaderCells(byStatus));
        Assert.Equal(("Accepted", "3"), (Cell(byStatus, 3, 0), Cell(byStatus, 3, 1)));
        var stages = TableAfter(docx, "Time in each stage");
        Assert.Equal(["Stage", "Requests", "Median days", "90th percentile days"], HeaderCells(stages));
        Assert.Equal(("Receipt to acknowledgement", "3", "1.0", "1.0"), (Cell(stages, 1, 0), Cell(stages, 1, 1), Cell(stages, 1, 2), Cell(stages, 1, 3)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_report_with_tables_opens_in_excel_with_its_header_rows(ReportKind kind)
    {
        var document = await ProduceAsync(kind, withDataTables: true);
        using var xlsx = new MemoryStream();
        XlsxWriter.Write(document, xlsx);

        xlsx.Position = 0;
        var sheets = MiniExcel.GetSheetNames(xlsx);
        Assert.Equal("Report", sheets[0]);
        Assert.Equal(document.Tables.Count + 1, sheets.Count);
        xlsx.Position = 0;
        var about = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Report").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Item", "Value"], about[0].Keys);
        Assert.Equal(document.Title, about.Single(r => (string?)r["Item"] == "Title")["Value"]);

        foreach (var (table, sheet) in document.Tables.Zip(sheets.Skip(1)))
        {
            xlsx.Position = 0;
            var rows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(table.Rows.Count, rows.Count);
            if (rows.Count > 0)
            {
                Assert.Equal(table.Columns.Select(c => c.Header), rows[0].Keys);
            }
        }
    }

    [Fact]
    public async Task Excel_gets_numbers_as_numbers_dates_as_dates_and_accents_intact()
    {
        var document = await ProduceAsync(ReportKind.TaskforceProgress);
        using var xlsx = new MemoryStream();
        XlsxWriter.Write(document, xlsx);

        xlsx.Position = 0;
        var team = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Team").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Iñaki Ñúñez", team[1]["Name"]);
        Assert.Equal(new DateTime(2026, 1, 13), team[1]["Since"]);

        var pipeline = await ProduceAsync(ReportKind.Pipeline, withDataTables: true);
        using var pipelineXlsx = new MemoryStream();
        XlsxWriter.Write(pipeline, pipelineXlsx);
        pipelineXlsx.Position = 0;
        var byStatus = MiniExcel.Query(pipelineXlsx, useHeaderRow: true, sheetName: "Requests by status").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3d, Convert.ToDouble(byStatus.Single(r => (string?)r["Status"] == "Accepted")["Requests"], System.Globalization.CultureInfo.InvariantCulture));
        pipelineXlsx.Position = 0;
        var requests = MiniExcel.Query(pipelineXlsx, useHeaderRow: true, sheetName: "Requests received in the period").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, requests.Count);
        Assert.Contains(requests, r => (string?)r["Title"] == "Girls in STEM in Bretagne" && (string?)r["Country"] == "France");
    }

    [Fact]
    public async Task A_csv_has_a_byte_order_mark_a_header_row_and_the_values_with_their_accents()
    {
        var document = await ProduceAsync(ReportKind.TaskforceProgress);
        using var csv = new MemoryStream();
        await CsvWriter.WriteAsync(document.Table("team")!, csv);

        var bytes = csv.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Organisation,Role,Since", lines[0]);
        Assert.Equal("Iñaki Ñúñez,Ikerbasque,Member,2026-01-13", lines[2]);
        Assert.Equal("taskforce-innobasque-team-2026-11-24.csv", document.FileNameFor(ReportFormat.Csv, document.Table("team")));
    }

    [Fact]
    public async Task A_csv_quotes_commas_and_quotes_and_defuses_formulas()
    {
        var table = new ReportTable("t", "T", [new("Text"), new("Count", ColumnKind.Number)],
            [["Óbuda, \"the lab\"", 3], ["=HYPERLINK(\"x\")", -2]]);
        using var csv = new MemoryStream();
        await CsvWriter.WriteAsync(table, csv);

        var lines = Encoding.UTF8.GetString(csv.ToArray()[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Text,Count", "\"Óbuda, \"\"the lab\"\"\",3", "\"'=HYPERLINK(\"\"x\"\")\",-2"], lines);
    }

    [Fact]
    public void File_names_are_ascii_slugs_of_the_subject()
    {
        Assert.Equal("obuda-ninos-frehel", ReportFiles.Slug("Óbuda: Niños — Fréhel!"));
        Assert.Equal("innobasque-steam-strategy-for-the-basque", ReportFiles.Slug("InnoBasque: STEAM strategy for the Basque Country"));
        Assert.Equal("non-formal-stem-learning-providers", ReportFiles.Slug("Non-formal STEM learning providers in Estonia"));
        Assert.Equal("tromso-aeroskobing-strasse", ReportFiles.Slug("Tromsø Ærøskøbing Straße"));
        Assert.Equal("report", ReportFiles.Slug("—"));
    }

    private async Task<ReportDocument> ProduceAsync(ReportKind kind, ReportScenarioViewer who = ReportScenarioViewer.Secretariat, bool withDataTables = false)
    {
        Viewer viewer = who == ReportScenarioViewer.Contact ? Scenario.BasqueContact : ReportScenario.Secretariat;
        var request = kind switch
        {
            ReportKind.Briefing => new ReportRequest(kind, Scenario.BriefingId),
            ReportKind.TaskforceProgress => new ReportRequest(kind, Scenario.TaskforceId),
            ReportKind.Roundtable => new ReportRequest(kind, Scenario.RoundtableId),
            ReportKind.CountryOverview => new ReportRequest(kind, CountryCode: "ES"),
            _ => new ReportRequest(kind),
        };
        return await ReportServices.For(Scenario.Database, viewer).ProduceAsync(request, withDataTables);
    }

    /// <summary>Written and opened again, as Word would open the download.</summary>
    private static WordprocessingDocument OpenDocx(ReportDocument document)
    {
        var stream = new MemoryStream();
        DocxWriter.Write(document, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    private static string BodyText(WordprocessingDocument docx) =>
        string.Join('\n', docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

    private static List<string> Paragraphs(WordprocessingDocument docx, string style) =>
        docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)
            .ToList();

    /// <summary>The first table after the heading with this text.</summary>
    private static Table TableAfter(WordprocessingDocument docx, string heading)
    {
        var body = docx.MainDocumentPart!.Document.Body!;
        var title = body.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2" or "Heading3" && p.InnerText == heading);
        return title.ElementsAfter().OfType<Table>().First();
    }

    /// <summary>The header row's cells; the row must be marked to repeat on each page.</summary>
    private static List<string> HeaderCells(Table table)
    {
        var header = table.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
        return header.Elements<TableCell>().Select(c => c.InnerText).ToList();
    }

    private static string Cell(Table table, int row, int column) =>
        table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column).InnerText;

    private static List<string> Column(Table table, int column) =>
        table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().ElementAt(column).InnerText).ToList();
}

public enum ReportScenarioViewer
{
    Secretariat,
    Contact,
}
