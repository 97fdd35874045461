using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.Api.Events;
using Participation.Api.Processes;

namespace Participation.Api.Boards;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> board)
    {
        board.Property(b => b.Phase).HasConversion<string>().HasMaxLength(16);
        board.Property(b => b.JoinCode).HasMaxLength(16);
        board.HasIndex(b => b.JoinCode).IsUnique();
        board.HasIndex(b => b.SessionId);
        board.HasOne<Session>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Cascade);
        board.HasMany(b => b.Columns).WithOne().HasForeignKey(c => c.BoardId).OnDelete(DeleteBehavior.Cascade);
        board.HasMany(b => b.Areas).WithOne().HasForeignKey(a => a.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoardAreaConfiguration : IEntityTypeConfiguration<BoardArea>
{
    public void Configure(EntityTypeBuilder<BoardArea> link)
    {
        link.HasKey(l => new { l.BoardId, l.AreaId });
        link.HasOne<ThematicArea>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> idea)
    {
        idea.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        idea.Property(i => i.Mark).HasConversion<string>().HasMaxLength(32);
        idea.Property(i => i.ClientId).HasMaxLength(64);
        idea.Property(i => i.Language).HasMaxLength(16);
        idea.HasIndex(i => new { i.BoardId, i.ClientId }).IsUnique();
        idea.HasIndex(i => new { i.BoardId, i.ParticipantId, i.CreatedAt });
        idea.HasOne<Board>().WithMany().HasForeignKey(i => i.BoardId).OnDelete(DeleteBehavior.Cascade);
        idea.HasOne<BoardColumn>().WithMany().HasForeignKey(i => i.ColumnId).OnDelete(DeleteBehavior.Cascade);
        idea.HasOne<ThematicArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.SetNull);
        idea.HasOne<Cluster>().WithMany().HasForeignKey(i => i.ClusterId).OnDelete(DeleteBehavior.SetNull);
        idea.HasOne<Participant>().WithMany().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> vote)
    {
        vote.HasKey(v => new { v.IdeaId, v.ParticipantId });
        vote.HasIndex(v => new { v.BoardId, v.ParticipantId });
        vote.HasOne<Idea>().WithMany().HasForeignKey(v => v.IdeaId).OnDelete(DeleteBehavior.Cascade);
        vote.HasOne<Participant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> cluster) =>
        cluster.HasOne<Board>().WithMany().HasForeignKey(c => c.BoardId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class BoardEventConfiguration : IEntityTypeConfiguration<BoardEvent>
{
    public void Configure(EntityTypeBuilder<BoardEvent> entry)
    {
        entry.HasKey(e => new { e.BoardId, e.Seq });
        entry.Property(e => e.Type).HasMaxLength(32);
        entry.HasOne<Board>().WithMany().HasForeignKey(e => e.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> participant)
    {
        participant.Property(p => p.TokenHash).HasMaxLength(64);
        participant.HasIndex(p => p.TokenHash).IsUnique();
        participant.Property(p => p.Language).HasMaxLength(16);
        participant.HasOne<Board>().WithMany().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionHostConfiguration : IEntityTypeConfiguration<SessionHost>
{
    public void Configure(EntityTypeBuilder<SessionHost> host)
    {
        host.Property(h => h.TokenHash).HasMaxLength(64);
        host.HasIndex(h => h.TokenHash).IsUnique();
        host.HasOne<Session>().WithMany().HasForeignKey(h => h.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionPhotoConfiguration : IEntityTypeConfiguration<SessionPhoto>
{
    public void Configure(EntityTypeBuilder<SessionPhoto> photo)
    {
        photo.Property(p => p.ContentType).HasMaxLength(64);
        photo.HasIndex(p => p.SessionId);
        photo.HasOne<Session>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
