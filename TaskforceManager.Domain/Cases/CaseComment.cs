using TaskforceManager.Domain.Access;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Cases;

/// <summary>The records a comment or a document can be added to.</summary>
public enum CaseSubject
{
    SupportRequest,
    PolicyBriefing,
    Taskforce,
    Roundtable,
}

/// <summary>
/// A comment (and optionally a document) a member-state contact or the secretariat adds to an open case. The
/// secretariat sees it; it appears in the case's history.
/// </summary>
public sealed class CaseComment
{
    public const int TextMaxLength = 4000;

    private CaseComment()
    {
        AuthorId = string.Empty;
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    public int Id { get; private set; }
    public CaseSubject Subject { get; private set; }
    public int SubjectId { get; private set; }
    public string AuthorId { get; private set; }
    public string AuthorName { get; private set; }
    public UserRole AuthorRole { get; private set; }
    public string Text { get; private set; }
    public Guid? AttachmentId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }

    /// <summary>Adds a comment to an open case; a document alone needs no text, a comment without one does.</summary>
    public static CaseComment Add(CaseSubject subject, int subjectId, bool caseIsOpen, string? text, Guid? attachmentId,
        Actor by, UserRole role, DateTimeOffset now, bool isDemo = false)
    {
        Guard.Defined(subject, "Subject");
        if (!caseIsOpen)
        {
            throw new DomainException("This case is closed; comments and documents can only be added to open cases.");
        }

        var body = Guard.Optional(text, "The comment", TextMaxLength);
        if (body is null && attachmentId is null)
        {
            throw new DomainException("Write a comment or attach a document.");
        }

        return new CaseComment
        {
            Subject = subject,
            SubjectId = subjectId,
            AuthorId = by.Id,
            AuthorName = by.Name,
            AuthorRole = Guard.Defined(role, "Role"),
            Text = body ?? string.Empty,
            AttachmentId = attachmentId,
            CreatedAt = now.ToUniversalTime(),
            IsDemo = isDemo,
        };
    }
}
