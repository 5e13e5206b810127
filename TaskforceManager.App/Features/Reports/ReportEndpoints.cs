using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Features.Reports;

/// <summary>
/// Report downloads: <c>GET /api/reports/{report}/{docx|xlsx|csv}?id=…&amp;country=…&amp;from=…&amp;to=…&amp;table=…</c>.
/// Signed-in users only; the signed-in user is the viewer, and the report services run the same checks as on screen
/// (not found for what their scope does not hold, 403 for a report they may not produce; both audited).
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reports/{report}/{format}", DownloadAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        string report, string format, int? id, string? country, DateOnly? from, DateOnly? to, string? table,
        ReportService reports, HttpContext http, CancellationToken ct)
    {
        if (ReportKinds.FromSlug(report) is not { } kind || ReportKinds.FormatFromSlug(format) is not { } fileFormat)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report or format.");
        }

        http.Response.Headers.CacheControl = "no-store";
        ReportDocument document;
        try
        {
            document = await reports.ProduceAsync(new ReportRequest(kind, id, country, from, to), withDataTables: fileFormat != ReportFormat.Docx, ct);
        }
        catch (RecordNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
        catch (ActionNotAllowedException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: ex.Message);
        }
        catch (DomainException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The report cannot be produced", detail: ex.Message);
        }

        var contentType = ReportKinds.ContentType(fileFormat);
        switch (fileFormat)
        {
            case ReportFormat.Csv:
                if (document.Table(table) is not { } csvTable)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "This report has no such table.");
                }

                return Results.Stream(stream => CsvWriter.WriteAsync(csvTable, stream, ct), contentType, document.FileNameFor(fileFormat, csvTable));
            default:
                // The OpenXml package needs a seekable stream, so the file is put together in memory and then streamed.
                var buffer = new MemoryStream();
                if (fileFormat == ReportFormat.Docx)
                {
                    DocxWriter.Write(document, buffer);
                }
                else
                {
                    XlsxWriter.Write(document, buffer);
                }

                buffer.Position = 0;
                return Results.File(buffer, contentType, document.FileNameFor(fileFormat));
        }
    }
}
