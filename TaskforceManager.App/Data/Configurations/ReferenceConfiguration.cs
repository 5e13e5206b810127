using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskforceManager.Domain.Organisations;
using TaskforceManager.Domain.Reference;

namespace TaskforceManager.App.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(Country.CodeLength);
        b.Property(x => x.Name).HasMaxLength(Country.NameMaxLength);
        b.HasMany(x => x.Regions).WithOne().HasForeignKey(r => r.CountryCode);
        b.Navigation(x => x.Regions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(Region.NameMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.HasIndex(x => new { x.CountryCode, x.Name }).IsUnique();
    }
}

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(Theme.CodeMaxLength);
        b.Property(x => x.Name).HasMaxLength(Theme.NameMaxLength);
        b.Property(x => x.Description).HasMaxLength(Theme.DescriptionMaxLength);
    }
}

internal sealed class MemberOrganisationConfiguration : IEntityTypeConfiguration<MemberOrganisation>
{
    public void Configure(EntityTypeBuilder<MemberOrganisation> b)
    {
        b.ToTable("Organisations");
        b.Property(x => x.Name).HasMaxLength(MemberOrganisation.NameMaxLength);
        b.Property(x => x.CountryCode).HasMaxLength(Country.CodeLength);
        b.Property(x => x.OrganisationType).HasMaxLength(MemberOrganisation.TypeMaxLength);
        b.Property(x => x.Website).HasMaxLength(MemberOrganisation.WebsiteMaxLength);
        b.Property(x => x.Description).HasMaxLength(MemberOrganisation.DescriptionMaxLength);
        b.HasIndex(x => x.Name).IsUnique();
        b.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
