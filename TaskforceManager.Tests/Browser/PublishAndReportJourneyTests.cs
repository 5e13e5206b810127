using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TaskforceManager.Domain.Common;
using TaskforceManager.Domain.Meetings;
using static Microsoft.Playwright.Assertions;

namespace TaskforceManager.Tests.Browser;

/// <summary>
/// Journey 3: the secretariat publishes a submitted meeting outcome of the InnoBasque taskforce, convenes a roundtable
/// under it, records the roundtable held and reported, and downloads the taskforce's progress report, which must be a
/// valid Word document holding what was just done.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishAndReportJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Secretariat_PublishesTheOutcome_ConvenesAndReportsARoundtable_AndDownloadsTheProgressReport()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var decision = $"Adopt the Jet-Net school–company model in Gipuzkoa ({tag})";
        var roundtableTitle = $"Araba roundtable on teacher shortage {tag}";
        var (taskforceId, meetingId) = await SubmittedInnoBasqueLogAsync(decision);
        var page = await app.NewPageAsync();
        await page.RunAsync("publish-and-report", async () =>
        {
            await page.SignInAsync("secretariat@demo.stemcoalition.eu", "/");

            await page.GotoAsync($"/meetings/{meetingId}");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("decisions")).ToContainTextAsync(decision);
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish to the member-state contact" }).ClickAsync();
            await Expect(page.GetByTestId("outcome-status")).ToContainTextAsync("published");
            await page.AssertNoSeriousViolationsAsync();

            await page.GotoAsync($"/taskforces/{taskforceId}");
            await page.WaitForCircuitAsync();
            await page.GetByTestId("action-convene").ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByLabel("Title").FillAsync(roundtableTitle);
            await page.GetByTestId("dialog-confirm").ClickAsync();
            await page.WaitForAddressAsync(new Regex(@"^https?://[^/]+/roundtables/"));
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Planned");

            await page.GetByTestId("action-held").ClickAsync();
            await page.GetByTestId("dialog-confirm").ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Held");

            await page.GetByRole(AriaRole.Tab, new() { Name = "Outcomes" }).ClickAsync();
            await page.GetByTestId("bottleneck-text").FillAsync("Too few graduates choose teaching in Araba.");
            await page.GetByTestId("bottleneck-add").ClickAsync();
            await Expect(page.GetByTestId("bottlenecks")).ToContainTextAsync("Too few graduates choose teaching in Araba.");
            await page.GetByTestId("recommendation-text").FillAsync("Offer engineers a paid route into teaching.");
            await page.GetByTestId("recommendation-add").ClickAsync();
            await Expect(page.GetByTestId("recommendations")).ToContainTextAsync("Offer engineers a paid route into teaching.");
            await page.AssertNoSeriousViolationsAsync();

            await Expect(page.GetByTestId("bottleneck-form")).Not.ToContainTextAsync("Describe the bottleneck.");
            await page.GetByTestId("action-report").ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Report" }).ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("Reported");

            await page.GotoAsync($"/reports?report=taskforce-progress&id={taskforceId}");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByTestId("download-docx")).ToBeVisibleAsync();
            await page.AssertNoSeriousViolationsAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-docx").ClickAsync());
            Assert.Matches(@"^taskforce-innobasque-[a-z0-9-]*progress-\d{4}-\d{2}-\d{2}\.docx$", download.SuggestedFilename);
            var file = Path.Combine(Path.GetTempPath(), $"{tag}-{download.SuggestedFilename}");
            await download.SaveAsAsync(file);
            try
            {
                using var docx = WordprocessingDocument.Open(file, false);
                Assert.Empty(new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
                var body = docx.MainDocumentPart!.Document!.Body!;
                var headings = body.Elements<Paragraph>()
                    .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
                Assert.Contains("Timeline of meetings", headings);
                Assert.Contains("Roundtables convened", headings);
                Assert.Contains(decision, body.InnerText, StringComparison.Ordinal);
                Assert.Contains(roundtableTitle, body.InnerText, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        });
    }

    /// <summary>A past meeting of the demo InnoBasque taskforce whose log the Dutch expert has written and submitted.</summary>
    private async Task<(int TaskforceId, int MeetingId)> SubmittedInnoBasqueLogAsync(string decision) =>
        await app.QueryAsync(async db =>
        {
            var taskforceId = await db.Taskforces.Where(t => t.Title.Contains("InnoBasque")).Select(t => t.Id).SingleAsync();
            var expertId = await db.Experts.Where(e => e.FullName == "Maartje van den Berg").Select(e => e.Id).SingleAsync();
            var expert = new Actor("expert-nl", "Maartje van den Berg");
            var start = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-2);
            var meeting = Meeting.Schedule(taskforceId, null, new MeetingDetails("Progress review in Donostia", start, start.AddHours(2), "Europe/Madrid",
                MeetingFormat.InPerson, "Donostia", null, null, "InnoBasque", null, null), [expertId], new Actor("test", "Browser test"), start.AddDays(-14));
            meeting.SaveDraft(LogPart.Minutes, "We reviewed the first year of the regional strategy.", expert, start.AddHours(3));
            meeting.AddDecision(decision, expert, start.AddHours(3));
            meeting.SubmitLog(expert, start.AddHours(4));
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return (taskforceId, meeting.Id);
        });
}
