using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>One KPI's result for one period at <c>/results/{code}/{year}</c>: the form and the live summary beside it.</summary>
public sealed partial class ResultEntryPage(IPage page) : AppShell(page)
{
    public static string PathFor(string code, int startYear) => $"/results/{code}/{startYear}";

    /// <summary>A field by its label, e.g. "Value (%)" or "Commentary".</summary>
    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });

    public ILocator Commentary => Field("Commentary");

    /// <summary>A choice of the "Data status" radio group: "Provisional", "Final" or "Not available".</summary>
    public ILocator DataStatus(string choice) =>
        Main.GetByRole(AriaRole.Group, new() { Name = "Data status" }).GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true });

    public ILocator SaveDraftButton => Main.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off", Exact = true });

    /// <summary>The problems that stopped a save, at the top of the form (role alert, named by its heading).</summary>
    public ILocator ErrorSummary => Main.GetByRole(AriaRole.Alert, new() { NameRegex = NotSavedTitle() });

    /// <summary>The live panel "What this result would show": target, result, RAG and direction.</summary>
    public ILocator Summary => Main.GetByRole(AriaRole.Region, new() { Name = "What this result would show" });

    /// <summary>The confirmation after a save or a submission.</summary>
    public ILocator SavedMessage => Main.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = SavedText() });

    /// <summary>The line under the title that says where the result stands, e.g. "Submitted for sign-off by …".</summary>
    public ILocator StateText(string start) => Main.GetByText(new Regex("^" + Regex.Escape(start)));

    /// <summary>
    /// Types into a field as a person would (replacing what is there) and leaves it, so fields that
    /// validate on change and those that validate as you type behave the same.
    /// </summary>
    public async Task TypeAsync(string label, string text)
    {
        var field = Field(label);
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    /// <summary>Checks that a field shows a message: it is marked invalid and the message is its description.</summary>
    public async Task ExpectFieldErrorAsync(string label, string message)
    {
        var field = Field(label);
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
    }

    [GeneratedRegex("was not (saved|submitted)")]
    private static partial Regex NotSavedTitle();

    [GeneratedRegex("^(Draft saved|Submitted for sign-off)")]
    private static partial Regex SavedText();
}
