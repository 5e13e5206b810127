using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.App.Infrastructure.Access;

namespace TaskforceManager.App.Features.Portal;

/// <summary>
/// <c>GET /api/documents/{id}</c>: a document uploaded to a request or case, for a signed-in user who may see that
/// request or case (the comment service's rules); anyone else gets "not found", audited. Never cached.
/// </summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/documents/{id:guid}", DownloadAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, CaseCommentService comments, HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            var document = await comments.OpenAsync(id, ct);
            return Results.File(document.Content, document.ContentType, document.FileName);
        }
        catch (RecordNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
    }
}
