using System.Globalization;

namespace TaskforceManager.App.Features.Reports;

/// <summary>The five reports of the spec ("Reports").</summary>
public enum ReportKind
{
    Briefing,
    TaskforceProgress,
    Roundtable,
    CountryOverview,
    Pipeline,
}

/// <summary>What a report is about: a record (briefing, taskforce, roundtable), a country, or a period.</summary>
public enum SubjectKind
{
    Record,
    Country,
    Period,
}

public enum ReportFormat
{
    Docx,
    Xlsx,
    Csv,
}

/// <summary>
/// One report asked for: which report, its subject (a record id or a country code) and, for the pipeline, the period
/// (both days included). The same request serves the screen and the downloads, so both go through the same checks.
/// </summary>
public sealed record ReportRequest(ReportKind Kind, int? RecordId = null, string? CountryCode = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The names, URL slugs and subjects of the reports, in one place for the page, the endpoint and the file names.</summary>
public static class ReportKinds
{
    public static IReadOnlyList<ReportKind> All { get; } = Enum.GetValues<ReportKind>();

    public static string Name(ReportKind kind) => kind switch
    {
        ReportKind.Briefing => "Policy briefing document",
        ReportKind.TaskforceProgress => "Taskforce progress report",
        ReportKind.Roundtable => "Roundtable report",
        ReportKind.CountryOverview => "Country overview",
        _ => "Pipeline report",
    };

    /// <summary>The report's name in URLs: <c>/reports?report=taskforce-progress</c>, <c>/api/reports/taskforce-progress/docx</c>.</summary>
    public static string Slug(ReportKind kind) => kind switch
    {
        ReportKind.Briefing => "briefing",
        ReportKind.TaskforceProgress => "taskforce-progress",
        ReportKind.Roundtable => "roundtable",
        ReportKind.CountryOverview => "country-overview",
        _ => "pipeline",
    };

    public static ReportKind? FromSlug(string? slug) => All.Cast<ReportKind?>().FirstOrDefault(k => Slug(k!.Value) == slug?.Trim().ToLowerInvariant());

    public static SubjectKind Subject(ReportKind kind) => kind switch
    {
        ReportKind.CountryOverview => SubjectKind.Country,
        ReportKind.Pipeline => SubjectKind.Period,
        _ => SubjectKind.Record,
    };

    /// <summary>What the subject picker asks for, e.g. "Taskforce".</summary>
    public static string SubjectLabel(ReportKind kind) => kind switch
    {
        ReportKind.Briefing => "Policy briefing",
        ReportKind.TaskforceProgress => "Taskforce",
        ReportKind.Roundtable => "Roundtable",
        ReportKind.CountryOverview => "Country",
        _ => "Period",
    };

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Docx => "docx",
        ReportFormat.Xlsx => "xlsx",
        _ => "csv",
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv; charset=utf-8",
    };

    public static ReportFormat? FormatFromSlug(string? slug) => slug?.Trim().ToLowerInvariant() switch
    {
        "docx" => ReportFormat.Docx,
        "xlsx" => ReportFormat.Xlsx,
        "csv" => ReportFormat.Csv,
        _ => null,
    };

    /// <summary>A day as URLs and file names write it: 2026-11-24.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The download address of a report in a format; <paramref name="table"/> picks the table of a .csv.</summary>
    public static string DownloadUrl(ReportRequest request, ReportFormat format, string? table = null)
    {
        var query = new List<string>();
        if (request.RecordId is { } id)
        {
            query.Add($"id={id.ToString(CultureInfo.InvariantCulture)}");
        }

        if (request.CountryCode is { } country)
        {
            query.Add($"country={Uri.EscapeDataString(country)}");
        }

        if (request.From is { } from)
        {
            query.Add("from=" + Iso(from));
        }

        if (request.To is { } to)
        {
            query.Add("to=" + Iso(to));
        }

        if (table is not null)
        {
            query.Add($"table={Uri.EscapeDataString(table)}");
        }

        return $"/api/reports/{Slug(request.Kind)}/{Extension(format)}" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
    }
}
