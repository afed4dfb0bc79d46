namespace Gongkai.Web.Casework.Reminders;

public static class ReminderSetup
{
    /// <summary>The reminder options (from configuration) and the background service that sends them.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReminderOptions.From(configuration));
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
