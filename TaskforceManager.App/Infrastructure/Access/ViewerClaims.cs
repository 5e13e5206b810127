using System.Globalization;
using System.Security.Claims;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.App.Infrastructure.Access;

/// <summary>Carries a user's role scope in their sign-in cookie, and reads it back as a <see cref="Viewer"/>.</summary>
public static class ViewerClaims
{
    public const string DisplayName = "tfm:display_name";
    public const string Country = "tfm:country";
    public const string Region = "tfm:region";
    public const string Expert = "tfm:expert";

    public static IEnumerable<Claim> For(string displayName, UserRole role, string? countryCode, int? regionId, int? expertId)
    {
        yield return new Claim(DisplayName, displayName);
        yield return new Claim(ClaimTypes.Role, role.ToString());
        if (countryCode is not null)
        {
            yield return new Claim(Country, countryCode);
        }

        if (regionId is not null)
        {
            yield return new Claim(Region, regionId.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (expertId is not null)
        {
            yield return new Claim(Expert, expertId.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The viewer a principal stands for; anything incomplete is treated as anonymous, never as more.</summary>
    public static Viewer ToViewer(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = principal.FindFirstValue(DisplayName) ?? principal.Identity.Name ?? id;
        if (id is null || name is null || !Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return Viewer.Anonymous;
        }

        switch (role)
        {
            case UserRole.Secretariat:
                return Viewer.Secretariat(id, name);
            case UserRole.MemberStateContact when principal.FindFirstValue(Country) is { } country:
                return Viewer.Contact(id, name, country, ParseInt(principal.FindFirstValue(Region)));
            case UserRole.Expert when ParseInt(principal.FindFirstValue(Expert)) is { } expertId:
                return Viewer.ForExpert(id, name, expertId);
            default:
                return Viewer.Anonymous;
        }
    }

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
