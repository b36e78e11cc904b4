using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Pages;

/// <summary>
/// Importing results from a spreadsheet at <c>/results/import</c>: download the template, upload the
/// filled-in file, check the preview row by row, then import (all or nothing).
/// </summary>
public sealed class ImportPage(IPage page) : AppShell(page)
{
    public const string Path = "/results/import";
    public const string Title = "Import results";

    public ILocator CsvTemplateLink => Main.GetByRole(AriaRole.Link, new() { Name = "Download the template (CSV)" });

    public ILocator ExcelTemplateLink => Main.GetByRole(AriaRole.Link, new() { Name = "Download the template (Excel)" });

    public ILocator FileInput => Main.GetByLabel("Spreadsheet to import");

    /// <summary>The preview's heading; focus moves to it once the file has been checked.</summary>
    public ILocator CheckHeading => Main.GetByRole(AriaRole.Heading, new() { Name = "3. Check and import" });

    /// <summary>The preview's one-line summary, e.g. "2 rows: 1 new, 0 changed, 0 unchanged, 1 with problems (from …)".</summary>
    public ILocator PreviewSummary => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "rows:" });

    /// <summary>The table of problems, one row per problem with its spreadsheet row and column.</summary>
    public ILocator Problems => Main.GetByRole(AriaRole.Region, new() { Name = "Problems in the file" });

    /// <summary>The table of the file's rows and what importing each would do.</summary>
    public ILocator Rows => Main.GetByRole(AriaRole.Region, new() { Name = "Rows of the file" });

    public ILocator ImportButton => Main.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true });

    public ILocator ImportAndSubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "Import and submit for sign-off", Exact = true });

    /// <summary>The problem listed for a spreadsheet row and column heading.</summary>
    public ILocator Problem(int row, string column) => Problems.GetByRole(AriaRole.Row)
        .Filter(new() { Has = Page.Locator("td[data-label='Row']").GetByText(row.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Exact = true }) })
        .Filter(new() { Has = Page.Locator("td[data-label='Column']").GetByText(column, new() { Exact = true }) });

    /// <summary>A row of the file in the preview, by its spreadsheet row number.</summary>
    public ILocator PreviewRow(int row) => Rows.GetByRole(AriaRole.Row)
        .Filter(new() { Has = Page.Locator("td[data-label='Row']").GetByText(row.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Exact = true }) });

    /// <summary>Chooses a file in the upload field and waits for the preview.</summary>
    public async Task UploadAsync(string filePath)
    {
        await FileInput.SetInputFilesAsync(filePath);
        await Expect(CheckHeading).ToBeVisibleAsync();
    }
}
