using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Cases;

/// <summary>
/// A document uploaded to a case. Only PDF, Word (.docx) and common images are accepted, up to 10 MB; the bytes are kept
/// outside the web root under <see cref="StorageKey"/> and served only to those who may see the case.
/// </summary>
public sealed class Attachment
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Accepted types by extension; the stored type comes from this list, never from the browser.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    private Attachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StorageKey = string.Empty;
        Sha256 = string.Empty;
        UploadedById = string.Empty;
    }

    public Guid Id { get; private set; }
    public CaseSubject Subject { get; private set; }
    public int SubjectId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string StorageKey { get; private set; }
    public string Sha256 { get; private set; }
    public string UploadedById { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>
    /// Accepts a document if its name, size and first bytes agree with an allowed type (a renamed executable is
    /// refused); the caller stores the bytes under the returned record's storage key.
    /// </summary>
    public static Attachment Accept(CaseSubject subject, int subjectId, string fileName, long size, ReadOnlySpan<byte> head, string sha256,
        Actor by, DateTimeOffset now)
    {
        var name = Path.GetFileName(Guard.Required(fileName, "The file name", FileNameMaxLength));
        var extension = Path.GetExtension(name);
        if (!AllowedTypes.TryGetValue(extension, out var contentType))
        {
            throw new DomainException($"\"{name}\" is not a PDF, a Word document (.docx) or an image (PNG, JPEG); only those can be attached.");
        }

        if (size <= 0)
        {
            throw new DomainException($"\"{name}\" is empty.");
        }

        if (size > MaxBytes)
        {
            throw new DomainException($"\"{name}\" is {size / 1024.0 / 1024.0:0.0} MB; documents can be at most {MaxBytes / 1024 / 1024} MB.");
        }

        if (!StartsLike(contentType, head))
        {
            throw new DomainException($"\"{name}\" does not look like a real {extension.TrimStart('.').ToUpperInvariant()} file.");
        }

        var id = Guid.NewGuid();
        return new Attachment
        {
            Id = id,
            Subject = Guard.Defined(subject, "Subject"),
            SubjectId = subjectId,
            FileName = name,
            ContentType = contentType,
            Size = size,
            StorageKey = $"{now.UtcDateTime:yyyy/MM}/{id:N}",
            Sha256 = sha256,
            UploadedById = by.Id,
            UploadedAt = now.ToUniversalTime(),
        };
    }

    private static bool StartsLike(string contentType, ReadOnlySpan<byte> head) => contentType switch
    {
        "application/pdf" => head.StartsWith("%PDF"u8),
        "image/png" => head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }),
        "image/jpeg" => head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        _ => head.StartsWith("PK"u8), // .docx is a zip package
    };
}
