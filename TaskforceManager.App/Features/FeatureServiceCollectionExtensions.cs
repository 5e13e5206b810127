using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Cases;
using TaskforceManager.App.Features.Cases.Comments;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Matching;
using TaskforceManager.App.Features.Meetings;
using TaskforceManager.App.Features.Portal;
using TaskforceManager.App.Features.Practices;
using TaskforceManager.App.Features.Public;
using TaskforceManager.App.Features.ReferenceData;
using TaskforceManager.App.Features.Reports;
using TaskforceManager.App.Features.Requests;
using TaskforceManager.App.Features.Roundtables;
using TaskforceManager.App.Features.Taskforces;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>Registers the feature services the pages talk to.</summary>
    public static IServiceCollection AddTaskforceFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new AcknowledgementPolicy(configuration.GetValue("Requests:AcknowledgementWorkingDays", AcknowledgementPolicy.Default.WorkingDays)));
        services.AddMemoryCache();
        services.AddScoped<PublicTaskforceService>();
        services.AddScoped<AccessPolicy>();
        services.Configure<AttachmentStorageOptions>(configuration.GetSection("Storage:Attachments"));
        services.AddScoped<CaseCommentService>();
        services.AddScoped<UserFeedback>();
        services.AddScoped<RecordWork>();
        services.AddScoped<DashboardService>();
        services.AddSingleton<DashboardMarkup>();
        services.AddScoped<RequestService>();
        services.AddScoped<RequestListService>();
        services.AddScoped<RequestIntakeService>();
        services.AddScoped<PortalService>();
        services.AddScoped<BriefingService>();
        services.AddScoped<TaskforceService>();
        services.AddScoped<RoundtableService>();
        services.AddScoped<MeetingService>();
        services.AddScoped<ExpertService>();
        services.AddScoped<SuggestionService>();
        services.AddScoped<ExpertDirectoryService>();
        services.AddScoped<PracticeLibraryService>();
        services.AddScoped<MyWorkService>();
        services.AddScoped<CaseReferenceService>();
        services.AddScoped<TaskforceListService>();
        services.AddScoped<RoundtableListService>();
        services.AddScoped<BriefingListService>();
        services.AddScoped<MeetingListService>();
        services.AddScoped<ActionItemListService>();
        services.AddScoped<ReferenceDataService>();
        services.AddScoped<ThemeAdminService>();
        services.AddScoped<OrganisationAdminService>();
        services.AddScoped<CountryAdminService>();
        services.AddScoped<PracticeAdminService>();
        services.AddReports();
        return services;
    }
}
