using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core;

public static class DependencyInjection
{
    /// <summary>Registers the feature services of the core.</summary>
    public static IServiceCollection AddCoreServices(this IServiceCollection services)
    {
        services.AddScoped<KpiQueries>();
        services.AddScoped<RecommendationQueries>();
        services.AddScoped<DeepDiveQueries>();
        services.AddScoped<Review.ReviewQueries>();
        services.AddScoped<Review.HealthCheckQueries>();
        services.AddScoped<DeepDiveService>();
        services.AddScoped<RecommendationDrafting>();
        services.AddScoped<WorkProgrammeQueries>();
        services.AddScoped<BoardReviewService>();
        services.AddOptions<RecommendationOptions>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanAdminService>();
        services.AddScoped<Kpis.Admin.KpiAdminService>();
        services.AddScoped<Kpis.KpiLineageQueries>();
        services.AddScoped<Kpis.KpiTargetHistory>();
        services.AddScoped<Identity.UserDirectory>();
        services.AddScoped<Results.ResultEntryService>();
        services.AddScoped<Results.ResultQueries>();
        services.AddScoped<Results.PeriodService>();
        services.AddScoped<Results.TargetService>();
        services.AddScoped<Auditing.AuditQueries>();
        services.AddOptions<Results.Import.ResultImportOptions>();
        services.AddScoped<Results.Import.ResultImportService>();
        services.AddScoped<Results.Import.ResultTemplate>();

        // Cabinet decisions, implementation, the report-back and reminders
        services.AddOptions<RecommendationOptions>();
        services.AddScoped<Decisions.DecisionQueries>();
        services.AddScoped<Decisions.DecisionService>();
        services.AddScoped<Implementation.ImplementationService>();
        services.AddScoped<ReportBack.ReportBackService>();
        services.AddOptions<Reminders.ReminderOptions>();
        services.AddOptions<Reminders.EmailOptions>();
        services.AddSingleton<Reminders.IReminderMailer, Reminders.MailKitReminderMailer>();
        services.AddScoped<Reminders.ReminderRunner>();

        // The public site, open data and reports: published data only (PublicSite.PublicRules).
        services.AddScoped<PublicSite.PublicQueries>();
        services.AddScoped<PublicSite.PublicScrutinyQueries>();
        services.AddScoped<PublicSite.RecommendationRecords>();
        services.AddScoped<OpenData.OpenDataExporter>();
        services.AddScoped<Reports.ReportBuilder>();
        return services;
    }
}
