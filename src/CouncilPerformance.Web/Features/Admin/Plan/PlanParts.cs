using CouncilPerformance.Core.Plan;

namespace CouncilPerformance.Web.Features.Admin.Plan;

/// <summary>The words and addresses of each part of the plan's structure.</summary>
public static class PlanParts
{
    public static readonly IReadOnlyList<PlanPart> All = Enum.GetValues<PlanPart>();

    public static string Slug(PlanPart part) => part switch
    {
        PlanPart.Priority => "priorities",
        PlanPart.Portfolio => "portfolios",
        PlanPart.ServiceArea => "service-areas",
        PlanPart.ScrutinyBoard => "scrutiny-boards",
        _ => "strategies",
    };

    public static bool TryParse(string? slug, out PlanPart part)
    {
        foreach (var p in All)
        {
            if (string.Equals(Slug(p), slug, StringComparison.OrdinalIgnoreCase))
            {
                part = p;
                return true;
            }
        }

        part = default;
        return false;
    }

    public static string Title(PlanPart part) => part switch
    {
        PlanPart.Priority => "Priorities",
        PlanPart.Portfolio => "Cabinet portfolios",
        PlanPart.ServiceArea => "Service areas",
        PlanPart.ScrutinyBoard => "Scrutiny boards",
        _ => "Council strategies",
    };

    public static string NoteLabel(PlanPart part) => part switch
    {
        PlanPart.Portfolio => "Cabinet Member",
        PlanPart.ServiceArea => "Directorate",
        PlanPart.ScrutinyBoard => "Remit",
        _ => "Description",
    };

    public static string Noun(PlanPart part) => PlanAdminService.Noun(part);
}
