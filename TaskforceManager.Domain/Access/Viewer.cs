using TaskforceManager.Domain.Common;

namespace TaskforceManager.Domain.Access;

/// <summary>The three kinds of signed-in user.</summary>
public enum UserRole
{
    Secretariat,
    MemberStateContact,
    Expert,
}

/// <summary>
/// Who is looking, with exactly the scope their role gives: a contact is bound to one country (and optionally one
/// region), an expert to one expert record. An anonymous visitor has no role.
/// </summary>
public sealed record Viewer
{
    private Viewer(string? userId, string name, UserRole? role, string? countryCode, int? regionId, int? expertId)
    {
        UserId = userId;
        Name = name;
        Role = role;
        CountryCode = countryCode;
        RegionId = regionId;
        ExpertId = expertId;
    }

    public string? UserId { get; }
    public string Name { get; }
    public UserRole? Role { get; }
    public string? CountryCode { get; }
    public int? RegionId { get; }
    public int? ExpertId { get; }

    public bool IsAnonymous => Role is null;
    public bool IsSecretariat => Role == UserRole.Secretariat;
    public bool IsContact => Role == UserRole.MemberStateContact;
    public bool IsExpert => Role == UserRole.Expert;

    /// <summary>The actor recorded in histories and the audit trail.</summary>
    public Actor Actor => UserId is null ? Actor.System : new Actor(UserId, Name);

    public static Viewer Anonymous { get; } = new(null, "Anonymous", null, null, null, null);

    public static Viewer Secretariat(string userId, string name) => new(userId, name, UserRole.Secretariat, null, null, null);

    public static Viewer Contact(string userId, string name, string countryCode, int? regionId) =>
        new(userId, name, UserRole.MemberStateContact, Guard.CountryCode(countryCode), regionId, null);

    public static Viewer ForExpert(string userId, string name, int expertId) => new(userId, name, UserRole.Expert, null, null, expertId);

    /// <summary>Whether a contact's scope covers a record in this country and region (a region-bound contact sees only their region).</summary>
    public bool CoversPlace(string? countryCode, int? regionId) =>
        IsContact && countryCode == CountryCode && (RegionId is null || regionId == RegionId);
}
