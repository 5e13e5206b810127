using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Reference;

/// <summary>A subject the coalition works on (teacher shortage, girls in STEM, …), keyed by a short code.</summary>
public sealed class Theme : IArchivable
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;

    private Theme()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Theme(string code, string name, string? description)
    {
        Code = Guard.Required(code, "The theme's code", CodeMaxLength).ToLowerInvariant();
        if (!Code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new DomainException("A theme's code may only hold lower-case letters, digits and hyphens.");
        }

        Name = Guard.Required(name, "The theme's name", NameMaxLength);
        Description = Guard.Optional(description, "The theme's description", DescriptionMaxLength);
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string? Description { get; private set; }

    public void Rename(string name, string? description)
    {
        Name = Guard.Required(name, "The theme's name", NameMaxLength);
        Description = Guard.Optional(description, "The theme's description", DescriptionMaxLength);
    }

    public bool IsArchived { get; private set; }

    /// <summary>Hides the theme from choices for new work; records that use it keep it.</summary>
    public void Archive() => IsArchived = Archiving.Move(IsArchived, toArchived: true, Name);

    public void Restore() => IsArchived = Archiving.Move(IsArchived, toArchived: false, Name);
}
