using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskforceManager.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        // The requests list's full-text search (see RequestSearch): an external-content FTS5 table, its triggers, and the existing rows.
        private const string CreateRequestSearch = """
            CREATE VIRTUAL TABLE SupportRequestsSearch USING fts5(
                Title, RequestingOrganisation, Challenge,
                content='SupportRequests', content_rowid='Id', tokenize='trigram');

            CREATE TRIGGER SupportRequestsSearch_Insert AFTER INSERT ON SupportRequests BEGIN
                INSERT INTO SupportRequestsSearch(rowid, Title, RequestingOrganisation, Challenge)
                VALUES (new.Id, new.Title, new.RequestingOrganisation, new.Challenge);
            END;

            CREATE TRIGGER SupportRequestsSearch_Delete AFTER DELETE ON SupportRequests BEGIN
                INSERT INTO SupportRequestsSearch(SupportRequestsSearch, rowid, Title, RequestingOrganisation, Challenge)
                VALUES ('delete', old.Id, old.Title, old.RequestingOrganisation, old.Challenge);
            END;

            CREATE TRIGGER SupportRequestsSearch_Update AFTER UPDATE OF Title, RequestingOrganisation, Challenge ON SupportRequests BEGIN
                INSERT INTO SupportRequestsSearch(SupportRequestsSearch, rowid, Title, RequestingOrganisation, Challenge)
                VALUES ('delete', old.Id, old.Title, old.RequestingOrganisation, old.Challenge);
                INSERT INTO SupportRequestsSearch(rowid, Title, RequestingOrganisation, Challenge)
                VALUES (new.Id, new.Title, new.RequestingOrganisation, new.Challenge);
            END;

            INSERT INTO SupportRequestsSearch(SupportRequestsSearch) VALUES ('rebuild');
            """;

        private const string DropRequestSearch = """
            DROP TRIGGER IF EXISTS SupportRequestsSearch_Update;
            DROP TRIGGER IF EXISTS SupportRequestsSearch_Delete;
            DROP TRIGGER IF EXISTS SupportRequestsSearch_Insert;
            DROP TABLE IF EXISTS SupportRequestsSearch;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Taskforces_CountryCode",
                table: "Taskforces");

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_CountryCode_Status",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_Roundtables_CountryCode",
                table: "Roundtables");

            migrationBuilder.DropIndex(
                name: "IX_PolicyBriefings_CountryCode",
                table: "PolicyBriefings");

            migrationBuilder.CreateIndex(
                name: "IX_Taskforces_CountryCode_Status",
                table: "Taskforces",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Taskforces_StartDate",
                table: "Taskforces",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_CountryCode_Status_ReceivedAt_Id",
                table: "SupportRequests",
                columns: new[] { "CountryCode", "Status", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_HopedInstrument_ReceivedAt",
                table: "SupportRequests",
                columns: new[] { "HopedInstrument", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_OwnerId_ReceivedAt",
                table: "SupportRequests",
                columns: new[] { "OwnerId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_Urgency_ReceivedAt",
                table: "SupportRequests",
                columns: new[] { "Urgency", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Roundtables_CountryCode_Status",
                table: "Roundtables",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBriefings_CountryCode_Status",
                table: "PolicyBriefings",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBriefings_CreatedAt",
                table: "PolicyBriefings",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBriefings_DueOn",
                table: "PolicyBriefings",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OutcomeStatus_StartsAt",
                table: "Meetings",
                columns: new[] { "OutcomeStatus", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_Sector",
                table: "Experts",
                column: "Sector");

            migrationBuilder.Sql(CreateRequestSearch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropRequestSearch);

            migrationBuilder.DropIndex(
                name: "IX_Taskforces_CountryCode_Status",
                table: "Taskforces");

            migrationBuilder.DropIndex(
                name: "IX_Taskforces_StartDate",
                table: "Taskforces");

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_CountryCode_Status_ReceivedAt_Id",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_HopedInstrument_ReceivedAt",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_OwnerId_ReceivedAt",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_Urgency_ReceivedAt",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_Roundtables_CountryCode_Status",
                table: "Roundtables");

            migrationBuilder.DropIndex(
                name: "IX_PolicyBriefings_CountryCode_Status",
                table: "PolicyBriefings");

            migrationBuilder.DropIndex(
                name: "IX_PolicyBriefings_CreatedAt",
                table: "PolicyBriefings");

            migrationBuilder.DropIndex(
                name: "IX_PolicyBriefings_DueOn",
                table: "PolicyBriefings");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_OutcomeStatus_StartsAt",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Experts_Sector",
                table: "Experts");

            migrationBuilder.CreateIndex(
                name: "IX_Taskforces_CountryCode",
                table: "Taskforces",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_CountryCode_Status",
                table: "SupportRequests",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Roundtables_CountryCode",
                table: "Roundtables",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBriefings_CountryCode",
                table: "PolicyBriefings",
                column: "CountryCode");
        }
    }
}
