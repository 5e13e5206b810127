using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskforceManager.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestListIndexesAndTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_CountryCode_Status",
                table: "SupportRequests");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_CountryCode_Status_ReceivedAt",
                table: "SupportRequests",
                columns: new[] { "CountryCode", "Status", "ReceivedAt" });

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

            // Full-text search over the requests (see RequestSearch): the FTS5 table, its triggers, and the existing rows.
            foreach (var sql in RequestSearch.CreateSql)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RequestSearch.DropSql)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_CountryCode_Status_ReceivedAt",
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

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_CountryCode_Status",
                table: "SupportRequests",
                columns: new[] { "CountryCode", "Status" });
        }
    }
}
