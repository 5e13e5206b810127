using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskforceManager.App.Data;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Features.Cases.Comments;

public sealed record CommentView(int Id, string AuthorName, UserRole AuthorRole, string Text, DateTimeOffset At, Guid? AttachmentId, string? AttachmentName);

/// <summary>A document to store with a comment: its name as uploaded and its bytes.</summary>
public sealed record UploadedDocument(string FileName, Stream Content);

public sealed record DocumentDownload(string FileName, string ContentType, Stream Content);

public sealed class AttachmentStorageOptions
{
    /// <summary>Where uploaded documents are kept: outside the web root, never served as static files.</summary>
    public string Root { get; set; } = Path.Combine("data", "attachments");
}

/// <summary>
/// Comments and documents on a case: the secretariat on any case, a member-state contact on their own country's open
/// cases. Experts see neither. Documents are checked (type, size, first bytes) and stored outside the web root; a
/// download goes through the same visibility rules as the case.
/// </summary>
public sealed class CaseCommentService(
    IDbContextFactory<AppDbContext> dbFactory,
    AccessPolicy access,
    IOptions<AttachmentStorageOptions> storage,
    IHostEnvironment environment,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<CommentView>> ListAsync(CaseSubject subject, int subjectId, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await RequireVisibleAsync(db, v, subject, subjectId, "read comments of", ct);
        return await db.CaseComments.AsNoTracking()
            .Where(c => c.Subject == subject && c.SubjectId == subjectId)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new CommentView(c.Id, c.AuthorName, c.AuthorRole, c.Text, c.CreatedAt, c.AttachmentId,
                db.Attachments.Where(a => a.Id == c.AttachmentId).Select(a => a.FileName).FirstOrDefault()))
            .ToListAsync(ct);
    }

    /// <summary>Adds a comment, optionally with a document, to an open case the viewer may comment on.</summary>
    public async Task<CommentView> AddAsync(CaseSubject subject, int subjectId, string? text, UploadedDocument? document, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var isOpen = await RequireVisibleAsync(db, v, subject, subjectId, "comment on", ct);
        if (!(v.IsSecretariat || v.IsContact))
        {
            throw await access.NotAllowedAsync(v, subject.ToString(), subjectId, "comment on", "Only the secretariat and the country's contacts can comment on a case.");
        }

        var now = clock.GetUtcNow();
        Attachment? attachment = null;
        string? storedPath = null;
        if (document is not null)
        {
            (attachment, storedPath) = await StoreAsync(subject, subjectId, document, v, now, ct);
            db.Attachments.Add(attachment);
        }

        try
        {
            var comment = CaseComment.Add(subject, subjectId, isOpen, text, attachment?.Id, v.Actor, v.Role!.Value, now);
            db.CaseComments.Add(comment);
            await db.SaveChangesAsync(ct);
            return new CommentView(comment.Id, comment.AuthorName, comment.AuthorRole, comment.Text, comment.CreatedAt, attachment?.Id, attachment?.FileName);
        }
        catch when (storedPath is not null)
        {
            // Nothing half-saved: a refused comment leaves no orphan file behind.
            File.Delete(storedPath);
            throw;
        }
    }

    /// <summary>A stored document, for someone who may see its case; anyone else reads "not found".</summary>
    public async Task<DocumentDownload> OpenAsync(Guid attachmentId, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct)
            ?? throw await access.NotFoundAsync(v, nameof(Attachment), attachmentId, "download");
        if (v.IsExpert)
        {
            throw await access.NotFoundAsync(v, nameof(Attachment), attachmentId, "download");
        }

        await RequireVisibleAsync(db, v, attachment.Subject, attachment.SubjectId, "download", ct, nameof(Attachment), attachmentId);
        return new DocumentDownload(attachment.FileName, attachment.ContentType, File.OpenRead(PathOf(attachment.StorageKey)));
    }

    private async Task<(Attachment, string)> StoreAsync(CaseSubject subject, int subjectId, UploadedDocument document, Viewer v, DateTimeOffset now, CancellationToken ct)
    {
        await using var buffer = new MemoryStream();
        await CopyAtMostAsync(document.Content, buffer, Attachment.MaxBytes + 1, ct);
        var bytes = buffer.ToArray();
        var attachment = Attachment.Accept(subject, subjectId, document.FileName, bytes.LongLength, bytes.AsSpan(0, Math.Min(8, bytes.Length)),
            Convert.ToHexString(SHA256.HashData(bytes)), v.Actor, now);
        var path = PathOf(attachment.StorageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        return (attachment, path);
    }

    /// <summary>Reads no more than <paramref name="limit"/> bytes, so an oversize upload is refused without being read whole.</summary>
    private static async Task CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await from.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)), ct)) > 0)
        {
            await to.WriteAsync(chunk.AsMemory(0, read), ct);
            total += read;
        }
    }

    private string PathOf(string storageKey)
    {
        var root = Path.IsPathRooted(storage.Value.Root) ? storage.Value.Root : Path.Combine(environment.ContentRootPath, storage.Value.Root);
        return Path.Combine(root, storageKey);
    }

    /// <summary>The case within the viewer's scope (or an audited "not found"); returns whether it is open.</summary>
    private async Task<bool> RequireVisibleAsync(AppDbContext db, Viewer v, CaseSubject subject, int id, string action, CancellationToken ct,
        string? entity = null, object? key = null)
    {
        bool? open = subject switch
        {
            CaseSubject.SupportRequest => await access.Requests(db, v).Where(r => r.Id == id)
                .Select(r => (bool?)(r.Status == SupportRequestStatus.Submitted || r.Status == SupportRequestStatus.InReview)).SingleOrDefaultAsync(ct),
            CaseSubject.PolicyBriefing => await access.Briefings(db, v).Where(b => b.Id == id)
                .Select(b => (bool?)(b.Status == PolicyBriefingStatus.Draft || b.Status == PolicyBriefingStatus.InReview)).SingleOrDefaultAsync(ct),
            CaseSubject.Taskforce => await access.Taskforces(db, v).Where(t => t.Id == id)
                .Select(t => (bool?)(t.Status == TaskforceStatus.Proposed || t.Status == TaskforceStatus.Active || t.Status == TaskforceStatus.Suspended)).SingleOrDefaultAsync(ct),
            _ => await access.Roundtables(db, v).Where(r => r.Id == id)
                .Select(r => (bool?)(r.Status == RoundtableStatus.Planned || r.Status == RoundtableStatus.Held)).SingleOrDefaultAsync(ct),
        };
        if (open is null || v.IsExpert || v.IsAnonymous)
        {
            throw await access.NotFoundAsync(v, entity ?? subject.ToString(), key ?? id, action);
        }

        return open.Value;
    }
}
