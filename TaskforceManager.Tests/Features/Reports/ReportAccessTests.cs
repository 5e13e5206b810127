using TaskforceManager.App.Features.Reports;
using TaskforceManager.App.Infrastructure.Access;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.Tests.Features.Reports;

/// <summary>
/// Who may produce which report, through the real services on SQLite: the secretariat everything; a member-state
/// contact only their own country's overview, which shows what the portal shows them; every refusal audited.
/// </summary>
public sealed class ReportAccessTests : IAsyncLifetime
{
    private ReportScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ReportScenario.CreateAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public void The_secretariat_produces_every_report_a_contact_their_countrys_overview_and_published_reports()
    {
        var contact = Viewer.Contact("u-es", "Miren", "ES", null);
        var expert = Viewer.ForExpert("u-x", "Anna", 7);
        var spanish = new ReportSubjectFacts("ES");
        var spanishPublished = new ReportSubjectFacts("ES", IsReportPublished: true);

        Assert.All(ReportKinds.All, kind => Assert.True(ReportRules.CanProduce(ReportScenario.Secretariat, kind, new ReportSubjectFacts("NO"))));
        Assert.True(ReportRules.CanProduce(contact, ReportKind.CountryOverview, spanish));
        Assert.False(ReportRules.CanProduce(contact, ReportKind.CountryOverview, new ReportSubjectFacts("NO")));
        Assert.All([ReportKind.Briefing, ReportKind.TaskforceProgress, ReportKind.Roundtable], kind =>
        {
            Assert.False(ReportRules.CanProduce(contact, kind, spanish));
            Assert.True(ReportRules.CanProduce(contact, kind, spanishPublished));
            Assert.False(ReportRules.CanProduce(contact, kind, new ReportSubjectFacts("NO", IsReportPublished: true)));
        });
        Assert.False(ReportRules.CanProduce(contact, ReportKind.Pipeline, spanishPublished));
        Assert.All(ReportKinds.All, kind => Assert.False(ReportRules.CanProduce(expert, kind, spanishPublished)));
        Assert.All(ReportKinds.All, kind => Assert.False(ReportRules.CanProduce(Viewer.Anonymous, kind, spanishPublished)));
        Assert.DoesNotContain(ReportKind.Pipeline, ReportRules.Available(contact));
    }

    [Fact]
    public async Task A_contact_cannot_produce_another_countrys_overview_and_the_refusal_is_audited()
    {
        var reports = ReportServices.For(_scenario.Database, _scenario.BasqueContact);

        var refusal = await Assert.ThrowsAsync<ActionNotAllowedException>(() =>
            reports.ProduceAsync(new ReportRequest(ReportKind.CountryOverview, CountryCode: "NO")));

        Assert.Equal("You can only produce the overview of your own country.", refusal.Message);
        var audit = Assert.Single(await ReportServices.RefusalsAsync(_scenario.Database, "Country/NO"));
        Assert.Equal("u-es", audit.UserId);
        Assert.Contains("produce the country overview", audit.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_cannot_produce_their_countrys_reports_before_they_are_published_or_the_pipeline()
    {
        var reports = ReportServices.For(_scenario.Database, _scenario.BasqueContact);

        var refusal = await Assert.ThrowsAsync<ActionNotAllowedException>(() => reports.ProduceAsync(new ReportRequest(ReportKind.TaskforceProgress, _scenario.TaskforceId)));
        Assert.Equal("This taskforce progress report has not been published to you yet.", refusal.Message);
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => reports.ProduceAsync(new ReportRequest(ReportKind.Roundtable, _scenario.RoundtableId)));
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => reports.ProduceAsync(new ReportRequest(ReportKind.Pipeline)));

        Assert.Single(await ReportServices.RefusalsAsync(_scenario.Database, $"Taskforce/{_scenario.TaskforceId}"));
        Assert.Single(await ReportServices.RefusalsAsync(_scenario.Database, $"Roundtable/{_scenario.RoundtableId}"));
    }

    [Fact]
    public async Task Another_countrys_records_are_not_found_for_a_contact_and_the_attempt_is_audited()
    {
        var reports = ReportServices.For(_scenario.Database, _scenario.BasqueContact);

        await Assert.ThrowsAsync<RecordNotFoundException>(() => reports.ProduceAsync(new ReportRequest(ReportKind.TaskforceProgress, _scenario.NorwegianTaskforceId)));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => reports.ProduceAsync(new ReportRequest(ReportKind.Briefing, _scenario.BriefingId)));

        Assert.Single(await ReportServices.RefusalsAsync(_scenario.Database, $"Taskforce/{_scenario.NorwegianTaskforceId}"));
        Assert.Single(await ReportServices.RefusalsAsync(_scenario.Database, $"PolicyBriefing/{_scenario.BriefingId}"));
    }

    [Fact]
    public async Task Once_published_a_contact_produces_the_taskforce_report_with_published_outcomes_only()
    {
        await _scenario.PublishTaskforceReportAsync();
        var reports = ReportServices.For(_scenario.Database, _scenario.BasqueContact);

        var text = AllText(await reports.ProduceAsync(new ReportRequest(ReportKind.TaskforceProgress, _scenario.TaskforceId)));

        Assert.Contains(ReportScenario.PublishedDecision, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.SubmittedDecision, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.DraftDecision, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.InternalNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.LeadEmail, text, StringComparison.Ordinal);
        Assert.Equal(["InnoBasque (ES, active)"], (await reports.SubjectsAsync(ReportKind.TaskforceProgress, null)).Select(s => s.Label));
        Assert.Empty(await reports.SubjectsAsync(ReportKind.Roundtable, null));
    }

    [Fact]
    public async Task An_expert_produces_no_report()
    {
        var reports = ReportServices.For(_scenario.Database, Viewer.ForExpert("u-x", "Anna", 1));

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => reports.ProduceAsync(new ReportRequest(ReportKind.CountryOverview, CountryCode: "ES")));
        Assert.Empty(await reports.AvailableAsync());
        Assert.Empty(await reports.SubjectsAsync(ReportKind.TaskforceProgress, null));
    }

    [Fact]
    public async Task The_contacts_overview_shows_published_outcomes_only_and_no_internal_notes_or_contact_details()
    {
        var document = await ReportServices.For(_scenario.Database, _scenario.BasqueContact)
            .ProduceAsync(new ReportRequest(ReportKind.CountryOverview, CountryCode: "es"));
        var text = AllText(document);

        Assert.Equal("Country overview: Basque Country, Spain", document.Title);
        Assert.Contains(ReportScenario.PublishedDecision, text, StringComparison.Ordinal);
        Assert.Contains("Zsófia Kovács", text, StringComparison.Ordinal);
        Assert.Contains("Strategy workshop", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.SubmittedDecision, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.DraftDecision, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.InternalNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.LeadEmail, text, StringComparison.Ordinal);
        Assert.DoesNotContain("+36", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Norwegian", text, StringComparison.Ordinal);
        Assert.Equal("country-basque-country-spain-overview-2026-11-24.docx", document.FileNameFor(ReportFormat.Docx));
    }

    [Fact]
    public async Task The_secretariat_gets_the_same_contact_view_of_a_country_and_every_internal_report()
    {
        var reports = ReportServices.For(_scenario.Database, ReportScenario.Secretariat);

        var overview = AllText(await reports.ProduceAsync(new ReportRequest(ReportKind.CountryOverview, CountryCode: "ES")));
        Assert.DoesNotContain(ReportScenario.SubmittedDecision, overview, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.InternalNote, overview, StringComparison.Ordinal);

        var progress = AllText(await reports.ProduceAsync(new ReportRequest(ReportKind.TaskforceProgress, _scenario.TaskforceId)));
        Assert.Contains(ReportScenario.SubmittedDecision, progress, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.DraftDecision, progress, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.InternalNote, progress, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportScenario.LeadEmail, progress, StringComparison.Ordinal);

        var briefing = AllText(await reports.ProduceAsync(new ReportRequest(ReportKind.Briefing, _scenario.BriefingId)));
        Assert.DoesNotContain(ReportScenario.InternalNote, briefing, StringComparison.Ordinal);
        Assert.Empty(await ReportServices.RefusalsAsync(_scenario.Database, $"Taskforce/{_scenario.TaskforceId}"));
    }

    [Fact]
    public async Task A_contact_is_offered_their_own_country_and_nothing_unpublished()
    {
        var reports = ReportServices.For(_scenario.Database, _scenario.BasqueContact);

        Assert.Equal([ReportKind.Briefing, ReportKind.TaskforceProgress, ReportKind.Roundtable, ReportKind.CountryOverview], await reports.AvailableAsync());
        Assert.Equal(["ES"], (await reports.SubjectsAsync(ReportKind.CountryOverview, null)).Select(s => s.CountryCode));
        Assert.Empty(await reports.SubjectsAsync(ReportKind.TaskforceProgress, null));
        Assert.Empty(await reports.SubjectsAsync(ReportKind.Pipeline, null));
    }

    /// <summary>Every word of the document, as a reader of any format would see it.</summary>
    internal static string AllText(ReportDocument document)
    {
        IEnumerable<string> Section(ReportSection s) => [s.Heading, .. s.Blocks.SelectMany(Block), .. s.Children.SelectMany(Section)];
        IEnumerable<string> Block(ReportBlock b) => b switch
        {
            TextBlock t => [t.Text],
            NoteBlock n => [n.Text],
            ListBlock l => l.Items,
            FactsBlock f => f.Facts.SelectMany(x => new[] { x.Label, x.Value }),
            TableBlock t => Table(t.Table),
            ChartBlock c => Table(c.Table),
            _ => [],
        };
        IEnumerable<string> Table(ReportTable t) => [.. t.Columns.Select(c => c.Header), .. t.Rows.SelectMany(r => r.Select(c => c?.ToString() ?? string.Empty))];

        return string.Join('\n', [document.Title, document.Subtitle ?? string.Empty, .. document.Facts.Select(f => f.Value), .. document.Sections.SelectMany(Section)]);
    }
}
