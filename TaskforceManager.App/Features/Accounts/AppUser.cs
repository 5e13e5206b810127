using Microsoft.AspNetCore.Identity;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.App.Features.Accounts;

/// <summary>A person who signs in. The role's scope (a contact's country and region, an expert's record) lives here.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 150;

    public string DisplayName { get; set; } = string.Empty;
    public UserRole Role { get; set; }

    /// <summary>For a member-state contact: the one country they act for.</summary>
    public string? CountryCode { get; set; }

    /// <summary>For a member-state contact bound to one region of their country.</summary>
    public int? RegionId { get; set; }

    /// <summary>For an expert: their expert record.</summary>
    public int? ExpertId { get; set; }

    /// <summary>A disabled account cannot sign in and its open sessions end at the next security check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Demo accounts exist only when demo seeding is on.</summary>
    public bool IsDemo { get; set; }
}
