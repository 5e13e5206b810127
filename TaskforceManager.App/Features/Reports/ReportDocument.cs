using System.Globalization;
using System.Text;

namespace TaskforceManager.App.Features.Reports;

/// <summary>How a column's cells are written: dates as "24 November 2026" on screen and ISO in .csv; days with one decimal.</summary>
public enum ColumnKind
{
    Text,
    Number,
    Days,
    Date,
}

/// <param name="Weight">The column's share of the page width in the .docx (and of the screen).</param>
public sealed record ReportColumn(string Header, ColumnKind Kind = ColumnKind.Text, int Weight = 2);

/// <summary>
/// A table of a report: shown on screen and in the .docx with a header row, and downloadable as .csv and .xlsx.
/// Cells hold strings, ints, doubles, <see cref="DateOnly"/> or null, so each format can write them in its own way.
/// </summary>
/// <param name="Key">The table's name in file names and the <c>table=</c> parameter, e.g. "action-items".</param>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, string EmptyText = "None.")
{
    public bool IsEmpty => Rows.Count == 0;
}

public sealed record ReportFact(string Label, string Value);

public abstract record ReportBlock;

/// <summary>Running text; each line becomes a paragraph.</summary>
public sealed record TextBlock(string Text) : ReportBlock;

/// <summary>A short remark on how the section was put together (what is left out and why).</summary>
public sealed record NoteBlock(string Text) : ReportBlock;

public sealed record ListBlock(IReadOnlyList<string> Items, string EmptyText = "None.") : ReportBlock;

/// <summary>Label–value pairs (country, status, start date…).</summary>
public sealed record FactsBlock(IReadOnlyList<ReportFact> Facts) : ReportBlock;

public sealed record TableBlock(ReportTable Table) : ReportBlock;

/// <summary>
/// A bar chart of a table: the first column labels the bars, <paramref name="ValueColumns"/> are the series, and only
/// the first <paramref name="MaxBars"/> rows are drawn. On screen it is drawn with MudChart and the whole table follows
/// as its text alternative; in the .docx only the table is written.
/// </summary>
public sealed record ChartBlock(ReportTable Table, IReadOnlyList<int> ValueColumns, string Description, int MaxBars = int.MaxValue) : ReportBlock;

/// <summary>A section: a Heading 1 in the .docx; its subsections are Heading 2.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection>? Subsections = null)
{
    public IReadOnlyList<ReportSection> Children => Subsections ?? [];
}

/// <summary>The parts of a download's file name: <c>taskforce-innobasque-progress-2026-11-24.docx</c>.</summary>
public sealed record ReportFileName(string Prefix, string? Subject, string Suffix);

/// <summary>
/// A report, independent of its format: the page renders it, the print stylesheet prints it, and the writers turn it
/// into .docx, .xlsx and .csv. Builders fill it only with what the viewer may see.
/// </summary>
public sealed record ReportDocument(
    ReportKind Kind,
    string Title,
    string? Subtitle,
    DateOnly ProducedOn,
    ReportFileName FileName,
    IReadOnlyList<ReportFact> Facts,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportTable>? DataOnlyTables = null)
{
    public const string Coalition = "EU STEM Coalition";

    public string KindName => ReportKinds.Name(Kind);

    /// <summary>Every table of the report (those shown and those only downloaded), in order, once each.</summary>
    public IReadOnlyList<ReportTable> Tables =>
        Sections.SelectMany(Flatten)
            .SelectMany(s => s.Blocks)
            .Select(b => b switch
            {
                TableBlock t => t.Table,
                ChartBlock c => c.Table,
                _ => null,
            })
            .OfType<ReportTable>()
            .Concat(DataOnlyTables ?? [])
            .DistinctBy(t => t.Key)
            .ToList();

    public ReportTable? Table(string? key) => key is null ? Tables.FirstOrDefault() : Tables.FirstOrDefault(t => t.Key == key);

    /// <summary>e.g. <c>taskforce-innobasque-progress-2026-11-24.docx</c>; a .csv names its table instead of the report.</summary>
    public string FileNameFor(ReportFormat format, ReportTable? table = null)
    {
        var parts = new List<string> { FileName.Prefix };
        if (FileName.Subject is { } subject)
        {
            parts.Add(ReportFiles.Slug(subject));
        }

        parts.Add(format == ReportFormat.Csv && table is not null ? table.Key : FileName.Suffix);
        parts.Add(ReportKinds.Iso(ProducedOn));
        return string.Join('-', parts) + "." + ReportKinds.Extension(format);
    }

    private static IEnumerable<ReportSection> Flatten(ReportSection section) => [section, .. section.Children.SelectMany(Flatten)];
}

/// <summary>How reports write dates and states: "24 November 2026", "In review" (as the case pages do).</summary>
public static class ReportText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string? Date(DateTimeOffset? at) => at is { } a ? Date(DateOnly.FromDateTime(a.UtcDateTime)) : null;

    /// <summary>An enum value in words, with the acronyms the coalition writes in capitals ("StemPlatform" → "STEM platform").</summary>
    public static string Status<T>(T status) where T : struct, Enum =>
        Domain.Common.Words.Capitalised(System.Text.RegularExpressions.Regex.Replace(Domain.Common.Words.Of(status), @"\b(stem|eu)\b", m => m.Value.ToUpperInvariant()));
}

/// <summary>How cells and names are written in reports and their files.</summary>
public static class ReportFiles
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly HashSet<string> TrailingWords = ["a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"];

    private static readonly Dictionary<char, string> Undecomposed = new()
    {
        ['ø'] = "o", ['æ'] = "ae", ['ß'] = "ss", ['ł'] = "l", ['đ'] = "d", ['œ'] = "oe", ['þ'] = "th", ['ð'] = "d", ['ı'] = "i",
    };

    /// <summary>
    /// A name as a file-name part: lower-case ASCII letters and digits joined by hyphens ("Óbuda" → "obuda",
    /// "InnoBasque: STEAM strategy" → "innobasque-steam-strategy"), cut at a word boundary after 40 characters.
    /// </summary>
    public static string Slug(string text, int maxLength = 40)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch);
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (Undecomposed.TryGetValue(c, out var replacement))
            {
                sb.Append(replacement);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];

            // A name cut short should not end on "…-of" or "…-the".
            while (slug.LastIndexOf('-') is > 0 and var last && TrailingWords.Contains(slug[(last + 1)..]))
            {
                slug = slug[..last];
            }
        }

        return slug.Length == 0 ? "report" : slug;
    }

    /// <summary>A cell as people read it, on screen and in the .docx.</summary>
    public static string Display(object? cell, ColumnKind kind) => cell switch
    {
        null => kind is ColumnKind.Days or ColumnKind.Number ? "–" : string.Empty,
        DateOnly d => ReportText.Date(d),
        double x when kind == ColumnKind.Days => x.ToString("0.0", CultureInfo.InvariantCulture),
        double x => x.ToString("0.##", CultureInfo.InvariantCulture),
        int n => n.ToString("N0", EnGb),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A cell as a .csv writes it: ISO dates, invariant numbers.</summary>
    public static string Plain(object? cell) => cell switch
    {
        null => string.Empty,
        DateOnly d => ReportKinds.Iso(d),
        double x => x.ToString("0.0###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    public static bool IsNumeric(ColumnKind kind) => kind is ColumnKind.Number or ColumnKind.Days;
}
