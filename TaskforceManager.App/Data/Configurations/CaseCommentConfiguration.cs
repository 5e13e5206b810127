using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TaskforceManager.Domain.Cases;
using TaskforceManager.Domain.Common;

namespace TaskforceManager.App.Data.Configurations;

internal sealed class CaseCommentConfiguration : IEntityTypeConfiguration<CaseComment>
{
    public void Configure(EntityTypeBuilder<CaseComment> b)
    {
        b.ToTable("CaseComments");
        b.Property(x => x.AuthorId).HasMaxLength(Actor.IdMaxLength);
        b.Property(x => x.AuthorName).HasMaxLength(Actor.NameMaxLength);
        b.Property(x => x.Text).HasMaxLength(CaseComment.TextMaxLength);
        b.HasOne<Attachment>().WithMany().HasForeignKey(x => x.AttachmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Subject, x.SubjectId });
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.FileName).HasMaxLength(Attachment.FileNameMaxLength);
        b.Property(x => x.ContentType).HasMaxLength(Attachment.ContentTypeMaxLength);
        b.Property(x => x.StorageKey).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.UploadedById).HasMaxLength(Actor.IdMaxLength);
        b.HasIndex(x => new { x.Subject, x.SubjectId });
    }
}
