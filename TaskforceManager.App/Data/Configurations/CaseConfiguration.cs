using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskforceManager.Domain.Briefings;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Reference;
using TaskforceManager.Domain.Requests;
using TaskforceManager.Domain.Roundtables;
using TaskforceManager.Domain.Taskforces;

namespace TaskforceManager.App.Data.Configurations;

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public void Configure(EntityTypeBuilder<SupportRequest> b)
    {
        b.Property(x => x.Title).HasMaxLength(SupportRequest.TitleMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.RequestingOrganisation).HasMaxLength(SupportRequest.OrganisationMaxLength);
        b.Property(x => x.ContactName).HasMaxLength(SupportRequest.ContactNameMaxLength);
        b.Property(x => x.ContactEmail).HasMaxLength(SupportRequest.ContactEmailMaxLength);
        b.Property(x => x.Challenge).HasMaxLength(SupportRequest.ChallengeMaxLength);
        b.Property(x => x.DeclineReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.WithdrawalReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.OwnerId).HasMaxLength(Actor.IdMaxLength);
        b.Property(x => x.OwnerName).HasMaxLength(Actor.NameMaxLength);
        b.Property(x => x.InternalNotes).HasMaxLength(SupportRequest.NotesMaxLength);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.ReceivedAt });
        // Each filter of the requests list, followed by its default sort (newest first, the id breaking ties), so a
        // filtered page is one index range read in order; SQLite reads an ascending index backwards for DESC.
        b.HasIndex(x => new { x.CountryCode, x.Status, x.ReceivedAt, x.Id });
        b.HasIndex(x => new { x.OwnerId, x.ReceivedAt });
        b.HasIndex(x => new { x.Urgency, x.ReceivedAt });
        b.HasIndex(x => new { x.HopedInstrument, x.ReceivedAt });
        b.HasIndex(x => x.ReceivedAt);
        b.OwnsHistory("SupportRequestHistory");
    }
}

internal sealed class PolicyBriefingConfiguration : IEntityTypeConfiguration<PolicyBriefing>
{
    public void Configure(EntityTypeBuilder<PolicyBriefing> b)
    {
        b.Property(x => x.Title).HasMaxLength(PolicyBriefing.TitleMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.RequestingOrganisation).HasMaxLength(SupportRequest.OrganisationMaxLength);
        b.Property(x => x.Challenge).HasMaxLength(PolicyBriefing.TextMaxLength);
        b.Property(x => x.Context).HasMaxLength(PolicyBriefing.TextMaxLength);
        b.Property(x => x.Recommendations).HasMaxLength(PolicyBriefing.TextMaxLength);
        b.Property(x => x.CancellationReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.OwnerId).HasMaxLength(Actor.IdMaxLength);
        b.Property(x => x.OwnerName).HasMaxLength(Actor.NameMaxLength);
        b.Property(x => x.InternalNotes).HasMaxLength(SupportRequest.NotesMaxLength);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Taskforce>().WithMany().HasForeignKey(x => x.EscalatedToTaskforceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.CountryCode });
        b.HasIndex(x => new { x.CountryCode, x.Status });
        b.HasIndex(x => x.CreatedAt);
        b.HasIndex(x => x.DueOn);
        b.OwnsHistory("PolicyBriefingHistory");
    }
}

internal sealed class TaskforceConfiguration : IEntityTypeConfiguration<Taskforce>
{
    public void Configure(EntityTypeBuilder<Taskforce> b)
    {
        b.Property(x => x.Title).HasMaxLength(Taskforce.TitleMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.HostOrganisation).HasMaxLength(Taskforce.HostOrganisationMaxLength);
        b.Property(x => x.Summary).HasMaxLength(Taskforce.SummaryMaxLength);
        b.Property(x => x.Background).HasMaxLength(Taskforce.TextMaxLength);
        b.Property(x => x.Results).HasMaxLength(Taskforce.TextMaxLength);
        b.Property(x => x.FinalReport).HasMaxLength(Taskforce.TextMaxLength);
        b.Property(x => x.SuspensionReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.CancellationReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.OwnerId).HasMaxLength(Actor.IdMaxLength);
        b.Property(x => x.OwnerName).HasMaxLength(Actor.NameMaxLength);
        b.Property(x => x.InternalNotes).HasMaxLength(Taskforce.TextMaxLength);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PolicyBriefing>().WithMany().HasForeignKey(x => x.PolicyBriefingId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Status, x.CountryCode });
        b.HasIndex(x => new { x.CountryCode, x.Status });
        b.HasIndex(x => x.StartDate);
        b.HasIndex(x => x.IsListedPublicly);
        b.OwnsMany(x => x.Deliverables, d =>
        {
            d.ToTable("Deliverables");
            d.WithOwner().HasForeignKey("TaskforceId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Title).HasMaxLength(Deliverable.TitleMaxLength);
            d.Property(x => x.DropReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        });
        b.Navigation(x => x.Deliverables).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsHistory("TaskforceHistory");
    }
}

internal sealed class RoundtableConfiguration : IEntityTypeConfiguration<Roundtable>
{
    public void Configure(EntityTypeBuilder<Roundtable> b)
    {
        b.Property(x => x.Title).HasMaxLength(Roundtable.TitleMaxLength);
        b.Property(x => x.ThemeCode).HasMaxLength(Theme.CodeMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.RequestedBy).HasMaxLength(Roundtable.RequestedByMaxLength);
        b.Property(x => x.Place).HasMaxLength(Roundtable.PlaceMaxLength);
        b.Property(x => x.Summary).HasMaxLength(Roundtable.TextMaxLength);
        b.Property(x => x.CancellationReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.OwnerId).HasMaxLength(Actor.IdMaxLength);
        b.Property(x => x.OwnerName).HasMaxLength(Actor.NameMaxLength);
        b.Property(x => x.InternalNotes).HasMaxLength(SupportRequest.NotesMaxLength);
        b.HasOne<Theme>().WithMany().HasForeignKey(x => x.ThemeCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Taskforce>().WithMany().HasForeignKey(x => x.TaskforceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportRequest>().WithMany().HasForeignKey(x => x.SupportRequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => new { x.CountryCode, x.Status });
        b.OwnsMany(x => x.Participants, p =>
        {
            p.ToTable("RoundtableParticipants");
            p.WithOwner().HasForeignKey("RoundtableId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Organisation).HasMaxLength(RoundtableParticipant.OrganisationMaxLength);
        });
        b.OwnsMany(x => x.Bottlenecks, p =>
        {
            p.ToTable("RoundtableBottlenecks");
            p.WithOwner().HasForeignKey("RoundtableId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Text).HasMaxLength(Bottleneck.TextMaxLength);
        });
        b.OwnsRecommendations("RoundtableRecommendations");
        b.Navigation(x => x.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Bottlenecks).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Recommendations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.OwnsHistory("RoundtableHistory");
    }
}
