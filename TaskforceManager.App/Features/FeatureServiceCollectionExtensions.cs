using TaskforceManager.App.Features.Briefings;
using TaskforceManager.App.Features.Common;
using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.App.Features.Experts;
using TaskforceManager.App.Features.Meetings;
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
        services.AddScoped<TaskforceManager.App.Features.Public.PublicTaskforceService>();
        services.AddScoped<AccessPolicy>();
        services.Configure<TaskforceManager.App.Features.Cases.Comments.AttachmentStorageOptions>(configuration.GetSection("Storage:Attachments"));
        services.AddScoped<TaskforceManager.App.Features.Cases.Comments.CaseCommentService>();
        services.AddScoped<UserFeedback>();
        services.AddScoped<RecordWork>();
        services.AddScoped<DashboardService>();
        services.AddScoped<RequestService>();
        services.AddScoped<BriefingService>();
        services.AddScoped<TaskforceService>();
        services.AddScoped<RoundtableService>();
        services.AddScoped<MeetingService>();
        services.AddScoped<ExpertService>();
        services.AddScoped<TaskforceManager.App.Features.Taskforces.TaskforceListService>();
        services.AddScoped<TaskforceManager.App.Features.Roundtables.RoundtableListService>();
        services.AddScoped<TaskforceManager.App.Features.Briefings.BriefingListService>();
        services.AddScoped<TaskforceManager.App.Features.Meetings.MeetingListService>();
        services.AddScoped<TaskforceManager.App.Features.Meetings.ActionItemListService>();
        services.AddScoped<TaskforceManager.App.Features.ReferenceData.ReferenceDataService>();
        services.AddScoped<TaskforceManager.App.Features.ReferenceData.ThemeAdminService>();
        services.AddScoped<TaskforceManager.App.Features.ReferenceData.OrganisationAdminService>();
        services.AddScoped<TaskforceManager.App.Features.ReferenceData.CountryAdminService>();
        services.AddScoped<TaskforceManager.App.Features.ReferenceData.PracticeAdminService>();
        return services;
    }
}
