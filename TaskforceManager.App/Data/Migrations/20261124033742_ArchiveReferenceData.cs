using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskforceManager.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveReferenceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "Themes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "Countries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsArchived",
                table: "BestPractices",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "Themes");

            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "IsArchived",
                table: "BestPractices");
        }
    }
}
