using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Participation.Api.Accessibility;
using Participation.Api.Bodies;
using Participation.Api.Boards;
using Participation.Api.Concept;
using Participation.Api.DataProtection;
using Participation.Api.Email;
using Participation.Api.Events;
using Participation.Api.Identity;
using Participation.Api.Measures;
using Participation.Api.Indicators;
using Participation.Api.Processes;
using Participation.Api.Recommendations;
using Participation.Api.Registrations;

namespace Participation.Api.Data;

/// <summary>
/// The one DbContext of the system. Each provider has a subclass so that its
/// migrations live apart (<see cref="SqliteParticipationDb"/>, <see cref="PostgresParticipationDb"/>);
/// features only ever ask for this type.
/// </summary>
public abstract class ParticipationDb(DbContextOptions options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Process> Processes => Set<Process>();
    public DbSet<ThematicArea> Areas => Set<ThematicArea>();
    public DbSet<ProcessMembership> Memberships => Set<ProcessMembership>();
    public DbSet<Series> Series => Set<Series>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventArea> EventAreas => Set<EventArea>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Board> Boards => Set<Board>();
    public DbSet<BoardColumn> BoardColumns => Set<BoardColumn>();
    public DbSet<BoardArea> BoardAreas => Set<BoardArea>();
    public DbSet<Idea> Ideas => Set<Idea>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<BoardEvent> BoardEvents => Set<BoardEvent>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<SessionHost> SessionHosts => Set<SessionHost>();
    public DbSet<SessionPhoto> SessionPhotos => Set<SessionPhoto>();
    public DbSet<RegistrationSettings> RegistrationSettings => Set<RegistrationSettings>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ConceptDocument> ConceptDocuments => Set<ConceptDocument>();
    public DbSet<ConceptSection> ConceptSections => Set<ConceptSection>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<ContributionSupport> ContributionSupports => Set<ContributionSupport>();
    public DbSet<PrivacyNotice> PrivacyNotices => Set<PrivacyNotice>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AccessibilityStatement> AccessibilityStatements => Set<AccessibilityStatement>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<BodyMember> BodyMembers => Set<BodyMember>();
    public DbSet<BodyMeeting> BodyMeetings => Set<BodyMeeting>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationSource> RecommendationSources => Set<RecommendationSource>();
    public DbSet<RecommendationStateChange> RecommendationStateChanges => Set<RecommendationStateChange>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureActivity> MeasureActivities => Set<MeasureActivity>();
    public DbSet<MeasureRecommendation> MeasureRecommendations => Set<MeasureRecommendation>();
    public DbSet<MeasureSection> MeasureSections => Set<MeasureSection>();
    public DbSet<MeasureStatusChange> MeasureStatusChanges => Set<MeasureStatusChange>();
    public DbSet<ConceptVersion> ConceptVersions => Set<ConceptVersion>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParticipationDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
