using Microsoft.EntityFrameworkCore;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Tests.Features.Cases;

namespace TaskforceManager.Tests.Features.Matching;

/// <summary>
/// Gives the case world's experts expertise on the InnoBasque theme and adds two best practices: Jet-Net, proven in
/// Denmark, on the theme, and one on another theme that is not a suggestion.
/// </summary>
public static class SuggestionWorld
{
    public static async Task<(int JetNetId, int OtherPracticeId)> AddExpertiseAndPracticesAsync(CaseWorld world)
    {
        await using var db = world.Database.CreateContext();
        var experts = await db.Experts.ToListAsync();
        foreach (var e in experts)
        {
            e.SetExpertise("stem-strategy", e.Id == world.LeadExpertId ? ExpertiseLevel.Leading : ExpertiseLevel.Working);
        }

        var jetNet = new BestPractice(new BestPracticeDetails("Jet-Net", "NL", "Platform Talent voor Technologie", EducationLevel.Secondary, ["stem-strategy"],
            "Business and schools together", "Thousands of pupils a year", "200 schools", null, FundingModel.PublicPrivate, 2002, PracticeStatus.Running, null));
        jetNet.RecordTransfer("DK", 2012, "Became Engineer the Future");
        var other = new BestPractice(new BestPracticeDetails("Girls' Day", "DK", "Astra", EducationLevel.Primary, ["girls-in-stem"],
            null, null, null, null, FundingModel.Public, 2010, PracticeStatus.Running, null));
        db.BestPractices.AddRange(jetNet, other);
        await db.SaveChangesAsync();
        return (jetNet.Id, other.Id);
    }
}
