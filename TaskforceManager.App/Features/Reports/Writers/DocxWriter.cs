using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TaskforceManager.App.Features.Reports;

/// <summary>
/// Writes a report as a Word document the secretariat can edit and send: real Heading 1–3 styles (Word's
/// navigation pane and table of contents use them), tables whose header row repeats on every page, the coalition's
/// name and the report in the page header, the date and "Page x of y" in the footer, A4 pages, British English.
/// Charts are written as their tables: a table stays editable in Word, is read by screen readers, and needs no
/// image rendering on the server.
/// </summary>
public static class DocxWriter
{
    // A4 (210 × 297 mm) in twentieths of a point, with 2 cm margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - (2 * Margin);

    private const string Blue = "003399";
    private const string Grey = "595959";
    private const string HeaderFill = "DCE3F2";
    private const string Font = "Arial";
    private const int BulletList = 1;

    public static void Write(ReportDocument report, Stream stream)
    {
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        word.PackageProperties.Title = report.Title;
        word.PackageProperties.Subject = report.KindName;
        word.PackageProperties.Creator = ReportDocument.Coalition;
        word.PackageProperties.Language = "en-GB";
        word.PackageProperties.Created = report.ProducedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })),
            TextRun(ReportDocument.Coalition, bold: true),
            new Run(new TabChar()),
            TextRun(report.KindName)));
        var footer = main.AddNewPart<FooterPart>();
        var footerLine = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })),
            TextRun($"{ReportDocument.Coalition} · produced on {ReportText.Date(report.ProducedOn)}"),
            new Run(new TabChar()),
            TextRun("Page "));
        footerLine.Append(Field("PAGE"));
        footerLine.Append(TextRun(" of "));
        footerLine.Append(Field("NUMPAGES"));
        footer.Footer = new Footer(footerLine);

        var body = new Body();
        body.Append(Para("Title", report.Title));
        if (report.Subtitle is { } subtitle)
        {
            body.Append(Para("Subtitle", subtitle));
        }

        body.Append(Facts(report.Facts));
        body.Append(Para("Note", $"Produced on {ReportText.Date(report.ProducedOn)} by the {ReportDocument.Coalition} secretariat with TaskforceManager."));
        foreach (var section in report.Sections)
        {
            body.Append(Section(section, 1));
        }

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document = new Document(body);
    }

    private static IEnumerable<OpenXmlElement> Section(ReportSection section, int level)
    {
        yield return Para(level switch { 1 => "Heading1", 2 => "Heading2", _ => "Heading3" }, section.Heading);
        foreach (var element in section.Blocks.SelectMany(Block))
        {
            yield return element;
        }

        foreach (var element in section.Children.SelectMany(s => Section(s, level + 1)))
        {
            yield return element;
        }
    }

    private static IEnumerable<OpenXmlElement> Block(ReportBlock block) => block switch
    {
        TextBlock t => Lines(t.Text).Select(line => IsBullet(line) ? Para("ListBullet", line.TrimStart()[1..].Trim()) : Para(null, line)),
        NoteBlock n => [Para("Note", n.Text)],
        ListBlock { Items.Count: 0 } l => [Para("Note", l.EmptyText)],
        ListBlock l => l.Items.Select(item => Para("ListBullet", item)),
        FactsBlock f => Facts(f.Facts),
        TableBlock t => Table(t.Table),

        // The chart is written as its table (see the class summary).
        ChartBlock c => Table(c.Table),
        _ => [],
    };

    private static IEnumerable<OpenXmlElement> Facts(IReadOnlyList<ReportFact> facts) =>
        facts.Select(f => new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Fact" }),
            TextRun(f.Label + ": ", bold: true),
            TextRun(f.Value)));

    private static IEnumerable<OpenXmlElement> Table(ReportTable table)
    {
        if (table.IsEmpty)
        {
            return [Para("Note", table.EmptyText)];
        }

        var totalWeight = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => TextWidth * c.Weight / totalWeight).ToList();
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var t = new Table(
            new TableProperties(
                new TableStyle { Val = "ReportTable" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString(CultureInfo.InvariantCulture) },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            grid);

        // The header row repeats at the top of every page the table runs onto.
        var headerRow = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        headerRow.Append(table.Columns.Select((c, i) => Cell(c.Header, widths[i], c.Kind, header: true)));
        t.Append(headerRow);
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            tableRow.Append(table.Columns.Select((c, i) => Cell(ReportFiles.Display(i < row.Count ? row[i] : null, c.Kind), widths[i], c.Kind, header: false)));
            t.Append(tableRow);
        }

        // A paragraph after each table keeps two tables in a row from merging into one.
        return [t, Para("AfterTable", string.Empty)];
    }

    private static TableCell Cell(string text, int width, ColumnKind kind, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(CultureInfo.InvariantCulture) });
        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
        }

        var paragraphs = Lines(text).DefaultIfEmpty(string.Empty).Select(line =>
        {
            var pPr = new ParagraphProperties(new ParagraphStyleId { Val = header ? "TableHeading" : "TableText" });
            if (ReportFiles.IsNumeric(kind))
            {
                pPr.Append(new Justification { Val = JustificationValues.Right });
            }

            return new Paragraph(pPr, TextRun(line));
        });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Para(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text));
        }

        return paragraph;
    }

    private static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A field Word and LibreOffice compute when showing the page (PAGE, NUMPAGES); "1" until then.</summary>
    private static Run[] Field(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);

    private static bool IsBullet(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 2 && trimmed[0] is '-' or '*' or '•' && trimmed[1] == ' ';
    }

    /// <summary>Drops characters XML cannot hold (control characters pasted into a text field); everything else, accents included, is kept.</summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }

        return sb.ToString();
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "357", Hanging = "357" }))
            { LevelIndex = 0 })
        { AbstractNumberId = BulletList },
        new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle("Normal", "Normal", null, isDefault: true),
        ParagraphStyle("Title", "Title", "Normal",
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(new Bold(), new Color { Val = Blue }, new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
        ParagraphStyle("Subtitle", "Subtitle", "Normal",
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
        ParagraphStyle("Heading1", "heading 1", "Normal",
            new StyleParagraphProperties(
                new KeepNext(), new KeepLines(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = Blue }),
                new SpacingBetweenLines { Before = "360", After = "120" },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = Blue }, new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
        ParagraphStyle("Heading2", "heading 2", "Normal",
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new Color { Val = Blue }, new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
        ParagraphStyle("Heading3", "heading 3", "Normal",
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "200", After = "60" }, new OutlineLevel { Val = 2 }),
            new StyleRunProperties(new Bold(), new Color { Val = Grey }, new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" })),
        ParagraphStyle("Fact", "Fact", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }), null),
        ParagraphStyle("Note", "Note", "Normal", null,
            new StyleRunProperties(new Italic(), new Color { Val = Grey }, new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })),
        ParagraphStyle("ListBullet", "List Bullet", "Normal",
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList }),
                new SpacingBetweenLines { After = "60" },
                new Indentation { Left = "357", Hanging = "357" }),
            null),
        ParagraphStyle("TableText", "Table Text", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        ParagraphStyle("TableHeading", "Table Heading", "TableText", new StyleParagraphProperties(new KeepNext()), new StyleRunProperties(new Bold())),
        ParagraphStyle("AfterTable", "After Table", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact }), null),
        ParagraphStyle("Header", "header", "Normal",
            new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Blue }),
                new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        ParagraphStyle("Footer", "footer", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = Grey }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        new Style(
            new StyleName { Val = "Report Table" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "A6A6A6" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "ReportTable" },
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? pPr = null, StyleRunProperties? rPr = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (pPr is not null)
        {
            style.Append(pPr);
        }

        if (rPr is not null)
        {
            style.Append(rPr);
        }

        return style;
    }
}
