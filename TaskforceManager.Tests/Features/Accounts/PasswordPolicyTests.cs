using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TaskforceManager.App.Features.Accounts;
using TaskforceManager.Domain.Access;

namespace TaskforceManager.Tests.Features.Accounts;

/// <summary>Passwords of 12 to 128 characters, stored as PBKDF2 hashes of at least 210,000 iterations.</summary>
[Collection(AccountsAppCollection.Name)]
public sealed class PasswordPolicyTests(AccountsApp app)
{
    // KeyDerivationPrf values as written in the hash.
    private const uint HmacSha256 = 1;
    private const uint HmacSha512 = 2;

    [Theory]
    [InlineData(DemoAccounts.Secretariat)]
    [InlineData(DemoAccounts.ExpertDenmark)]
    public async Task A_stored_hash_uses_PBKDF2_with_at_least_210000_iterations(string email)
    {
        var user = await app.FindUserAsync(email);

        // ASP.NET Core Identity v3 format: 0x01, PRF, iteration count, salt length (each 4 bytes big-endian), salt, subkey.
        var hash = Convert.FromBase64String(Assert.IsType<string>(user.PasswordHash));
        Assert.Equal(0x01, hash[0]);
        var prf = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4));
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9, 4));

        Assert.True(iterations >= 210_000, $"The hash of {email} uses {iterations} PBKDF2 iterations; at least 210,000 are required.");
        Assert.Contains(prf, new[] { HmacSha256, HmacSha512 });
        Assert.True(saltLength >= 16, $"Salt of {saltLength} bytes.");
        Assert.True(hash.Length - 13 - saltLength >= 32, "Subkey shorter than 256 bits.");
    }

    [Fact]
    public async Task A_password_set_after_start_up_is_hashed_the_same_way()
    {
        var user = await app.CreateUserAsync("hash", "twelve chars plus some more");

        var hash = Convert.FromBase64String(user.PasswordHash!);

        Assert.Equal(0x01, hash[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 210_000);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public async Task Passwords_of_12_to_128_characters_are_accepted_and_others_refused(int length, bool accepted)
    {
        var password = PasswordOfLength(length);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"length-{length}-{Guid.NewGuid():N}@test.example";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Length test", Role = UserRole.Secretariat, CreatedAt = DateTimeOffset.UtcNow };

        var result = await users.CreateAsync(user, password);

        Assert.Equal(accepted, result.Succeeded);
        if (accepted)
        {
            Assert.True(await users.CheckPasswordAsync(user, password));
        }
        else
        {
            var code = Assert.Single(result.Errors).Code;
            Assert.Equal(length < 12 ? "PasswordTooShort" : "PasswordTooLong", code);
            Assert.Null(await users.FindByEmailAsync(email));
        }
    }

    [Fact]
    public async Task The_length_rule_holds_when_a_password_is_added_to_an_invited_account()
    {
        var invited = await app.CreateUserAsync("add-password", password: null);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(invited.Id))!;

        var tooLong = await users.AddPasswordAsync(user, PasswordOfLength(129));
        var tooShort = await users.AddPasswordAsync(user, PasswordOfLength(11));
        Assert.False(tooLong.Succeeded);
        Assert.False(tooShort.Succeeded);
        Assert.False(await users.HasPasswordAsync(user));

        var longest = await users.AddPasswordAsync(user, PasswordOfLength(128));
        Assert.True(longest.Succeeded);
        Assert.True(await users.CheckPasswordAsync(user, PasswordOfLength(128)));
    }

    /// <summary>A password of exactly <paramref name="length"/> characters, with spaces and non-ASCII letters (any character is allowed).</summary>
    private static string PasswordOfLength(int length)
    {
        const string alphabet = "Ærø og Åbo – the quick brown fox jumps over the lazy dog 0123456789 ";
        return string.Concat(Enumerable.Range(0, length).Select(i => alphabet[i % alphabet.Length]));
    }
}
