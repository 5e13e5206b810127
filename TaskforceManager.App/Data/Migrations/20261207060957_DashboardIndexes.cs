using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskforceManager.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Status_OutcomeStatus",
                table: "Meetings",
                columns: new[] { "Status", "OutcomeStatus" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_Status_OutcomeStatus",
                table: "Meetings");
        }
    }
}
