using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Experts;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Practices;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Data.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.Property(x => x.FullName).HasMaxLength(Expert.NameMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.Email).HasMaxLength(Expert.EmailMaxLength);
        b.Property(x => x.Phone).HasMaxLength(Expert.PhoneMaxLength);
        b.Property(x => x.Bio).HasMaxLength(Expert.BioMaxLength);
        b.HasOne<MemberOrganisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Email).IsUnique();
        b.HasIndex(x => x.FullName);
        b.HasIndex(x => x.Sector);
        b.OwnsMany(x => x.Expertise, e =>
        {
            e.ToTable("ExpertThemes");
            e.WithOwner().HasForeignKey("ExpertId");
            e.HasKey("ExpertId", nameof(Expertise.ThemeCode));
            e.Property(x => x.ThemeCode).HasMaxLength(Theme.CodeMaxLength);
            e.HasIndex(x => x.ThemeCode);
        });
        b.OwnsMany(x => x.UnavailablePeriods, p =>
        {
            p.ToTable("ExpertUnavailablePeriods");
            p.WithOwner().HasForeignKey("ExpertId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Note).HasMaxLength(UnavailablePeriod.NoteMaxLength);
        });
        b.OwnsMany(x => x.Conflicts, c =>
        {
            c.ToTable("ExpertConflicts");
            c.WithOwner().HasForeignKey("ExpertId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Subject).HasMaxLength(MemberOrganisation.NameMaxLength);
            c.Property(x => x.Note).HasMaxLength(ConflictOfInterest.NoteMaxLength);
        });
        b.Navigation(x => x.Expertise).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.UnavailablePeriods).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Conflicts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ExpertAssignmentConfiguration : IEntityTypeConfiguration<ExpertAssignment>
{
    public void Configure(EntityTypeBuilder<ExpertAssignment> b)
    {
        b.ToTable("Assignments");
        b.Property(x => x.CaseTitle).HasMaxLength(200);
        b.Property(x => x.ConflictOverrideReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.WorkloadOverrideReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.DeclineReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.Property(x => x.ReleaseReason).HasMaxLength(HistoryEntry.ReasonMaxLength);
        b.HasOne<Expert>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CaseKind, x.CaseId });
        b.HasIndex(x => new { x.ExpertId, x.Status });
        b.OwnsHistory("AssignmentHistory");
    }
}

internal sealed class BestPracticeConfiguration : IEntityTypeConfiguration<BestPractice>
{
    public void Configure(EntityTypeBuilder<BestPractice> b)
    {
        b.Property(x => x.Name).HasMaxLength(BestPractice.NameMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.Organisation).HasMaxLength(BestPractice.OrganisationMaxLength);
        b.Property(x => x.Focus).HasMaxLength(BestPractice.ShortTextMaxLength);
        b.Property(x => x.Impact).HasMaxLength(BestPractice.ShortTextMaxLength);
        b.Property(x => x.Reach).HasMaxLength(BestPractice.ShortTextMaxLength);
        b.Property(x => x.Budget).HasMaxLength(BestPractice.ShortTextMaxLength);
        b.Property(x => x.Summary).HasMaxLength(BestPractice.SummaryMaxLength);
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Name).IsUnique();
        b.OwnsMany(x => x.Transfers, t =>
        {
            t.ToTable("PracticeTransfers");
            t.WithOwner().HasForeignKey("BestPracticeId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.ToCountryCode).HasMaxLength(Country.CodeLength);
            t.Property(x => x.Note).HasMaxLength(PracticeTransfer.NoteMaxLength);
        });
        b.Navigation(x => x.Transfers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Data.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Data.AuditEntry> b)
    {
        b.Property(x => x.UserId).HasMaxLength(Actor.IdMaxLength);
        b.Property(x => x.UserName).HasMaxLength(Actor.NameMaxLength);
        b.Property(x => x.Entity).HasMaxLength(Data.AuditEntry.EntityMaxLength);
        b.Property(x => x.EntityKey).HasMaxLength(Data.AuditEntry.KeyMaxLength);
        b.Property(x => x.Field).HasMaxLength(Data.AuditEntry.FieldMaxLength);
        b.Property(x => x.OldValue).HasMaxLength(4001);
        b.Property(x => x.NewValue).HasMaxLength(4001);
        b.HasIndex(x => new { x.Entity, x.EntityKey });
        b.HasIndex(x => x.At);
    }
}
