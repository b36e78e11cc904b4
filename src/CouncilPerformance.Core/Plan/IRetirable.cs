namespace CouncilPerformance.Core.Plan;

/// <summary>A part of the plan that is retired rather than deleted, so the KPIs and reports that used it keep it.</summary>
public interface IRetirable
{
    DateOnly? RetiredOn { get; set; }
}
