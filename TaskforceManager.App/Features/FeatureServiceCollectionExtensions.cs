using TaskforceManager.App.Features.Dashboard;
using TaskforceManager.Domain.Requests;

namespace TaskforceManager.App.Features;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>Registers the feature services the pages talk to.</summary>
    public static IServiceCollection AddTaskforceFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new AcknowledgementPolicy(configuration.GetValue("Requests:AcknowledgementWorkingDays", AcknowledgementPolicy.Default.WorkingDays)));
        services.AddScoped<DashboardService>();
        return services;
    }
}
