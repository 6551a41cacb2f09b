using IdentityCenter.Core.Policy;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class DocumentRuleTests
{
    [Fact]
    public void The_official_example_has_no_findings()
    {
        Clean(PolicyDocuments.OfficialExample);
    }

    [Fact]
    public void The_official_example_spread_over_lines_in_another_element_order_has_no_findings()
    {
        Clean("""
            {
              "Statement": [
                {
                  "Condition": { "StringEquals": { "g:ResourceAccount": [ "0a6d25d23900d45c0faac010e0fb4de0" ] } },
                  "Action": [ "organizations:ous:delete" ],
                  "Effect": "Deny"
                }
              ],
              "Version": "5.0"
            }
            """);
    }

    [Fact]
    public void Broken_json_is_reported_at_the_root_with_its_line_and_position()
    {
        var finding = SingleError("{\n  \"Version\": \"5.0\",\n  \"Statement\": [ oops ]\n}", PolicyFindingCodes.Json, "$");
        Assert.Contains("line 3, position 18", finding.Message);
        Assert.Contains("invalid", finding.Message);
        Assert.DoesNotContain("LineNumber", finding.Message);
    }

    [Fact]
    public void The_position_counts_characters_not_utf8_bytes()
    {
        var line = "  \"Sid\": \"\u00e9\u00e9\u00e9\u00e9\" oops";
        var finding = SingleError("{\n" + line + "\n}", PolicyFindingCodes.Json, "$");
        Assert.Contains("line 2, position " + (line.IndexOf("oops", StringComparison.Ordinal) + 1) + " ", finding.Message);
    }

    [Fact]
    public void A_trailing_comma_is_explained_without_advice_about_reader_options()
    {
        var finding = SingleError("{\"Version\":\"5.0\",}", PolicyFindingCodes.Json, "$");
        Assert.Contains("line 1, position 18", finding.Message);
        Assert.Contains("trailing comma", finding.Message);
        Assert.DoesNotContain("reader options", finding.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{} {}")]
    [InlineData("{\"Version\":\"5.0\",}")]
    [InlineData("// comment\n{}")]
    [InlineData("{'Version':'5.0'}")]
    public void Text_that_is_not_one_json_value_is_a_json_error(string text)
    {
        var finding = SingleError(text, PolicyFindingCodes.Json, "$");
        Assert.Contains("JSON object", finding.Message);
    }

    [Theory]
    [InlineData("[{\"Version\":\"5.0\"}]", "an array")]
    [InlineData("\"{}\"", "the string '{}'")]
    [InlineData("42", "the number 42")]
    [InlineData("null", "null")]
    public void A_document_that_is_not_an_object_is_an_error(string text, string found)
    {
        var finding = SingleError(text, PolicyFindingCodes.DocumentNotObject, "$");
        Assert.Contains("The document is " + found, finding.Message);
    }

    [Fact]
    public void A_missing_version_is_an_error_at_the_root()
    {
        var finding = SingleError("""{"Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""", PolicyFindingCodes.VersionMissing, "$");
        Assert.Contains("\"5.0\"", finding.Message);
    }

    [Theory]
    [InlineData("\"1.1\"")]
    [InlineData("5.0")]
    [InlineData("\"5\"")]
    [InlineData("\"5.0 \"")]
    [InlineData("null")]
    [InlineData("[\"5.0\"]")]
    public void A_version_other_than_the_string_5_0_is_an_error(string version)
    {
        var text = """{"Version":""" + version + ""","Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""";
        SingleError(text, PolicyFindingCodes.VersionValue, "$.Version");
    }

    [Fact]
    public void Version_1_1_is_explained_as_the_custom_role_grammar()
    {
        var finding = SingleError("""{"Version":"1.1","Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""", PolicyFindingCodes.VersionValue, "$.Version");
        Assert.Contains("custom roles", finding.Message);
    }

    [Fact]
    public void A_numeric_version_is_told_to_use_quotes()
    {
        var finding = SingleError("""{"Version":5.0,"Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""", PolicyFindingCodes.VersionValue, "$.Version");
        Assert.Contains("the number 5.0", finding.Message);
        Assert.Contains("in quotes", finding.Message);
    }

    [Fact]
    public void A_missing_statement_is_an_error_at_the_root()
    {
        SingleError("""{"Version":"5.0"}""", PolicyFindingCodes.StatementMissing, "$");
    }

    [Theory]
    [InlineData("[]", "an empty array")]
    [InlineData("{\"Effect\":\"Allow\",\"Action\":\"obs:bucket:listBucket\"}", "an object")]
    [InlineData("\"Allow\"", "the string 'Allow'")]
    public void A_statement_that_is_not_a_non_empty_array_is_an_error(string statement, string found)
    {
        var finding = SingleError("""{"Version":"5.0","Statement":""" + statement + "}", PolicyFindingCodes.StatementValue, "$.Statement");
        Assert.Contains("Statement is " + found, finding.Message);
    }

    [Fact]
    public void A_statement_entry_that_is_not_an_object_is_an_error_at_its_index()
    {
        var text = PolicyDocuments.WithStatements(PolicyDocuments.AllowStatementWith(string.Empty), "\"Allow\"");
        SingleError(text, PolicyFindingCodes.StatementNotObject, "$.Statement[1]");
    }

    [Fact]
    public void A_finding_in_the_second_statement_points_at_the_second_statement()
    {
        var text = PolicyDocuments.WithStatements(
            PolicyDocuments.AllowStatementWith(string.Empty),
            """{"Effect":"Deny","Action":["obs:bucket:deleteBucket","obs:bucket"]}""",
            PolicyDocuments.AllowStatementWith(string.Empty));
        SingleError(text, PolicyFindingCodes.ActionShape, "$.Statement[1].Action[1]");
    }

    [Fact]
    public void Findings_in_several_statements_come_in_document_order()
    {
        var text = PolicyDocuments.WithStatements(
            """{"Effect":"allow","Action":"obs:bucket:listBucket"}""",
            """{"Effect":"Deny"}""");
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.EffectValue, "$.Statement[0].Effect"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.ActionMissing, "$.Statement[1]"),
            },
            Summary(text));
    }

    [Fact]
    public void An_unknown_top_level_key_is_a_warning_naming_it()
    {
        var text = """{"Version":"5.0","Id":"readers","Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""";
        var finding = SingleWarning(text, PolicyFindingCodes.UnknownKey, "$.Id");
        Assert.Contains("'Id'", finding.Message);
        Assert.Contains("Version and Statement", finding.Message);
    }

    [Fact]
    public void A_top_level_key_in_the_wrong_case_is_a_warning_and_the_real_element_is_still_missing()
    {
        var text = """{"version":"5.0","Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""";
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Warning, PolicyFindingCodes.UnknownKey, "$.version"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.VersionMissing, "$"),
            },
            Summary(text));
        Assert.Contains("write 'Version'", PolicyChecker.Check(text)[0].Message);
    }

    [Fact]
    public void Findings_made_before_the_text_breaks_off_give_way_to_the_json_error()
    {
        var text = """{"Version":"1.1","Statement":[{"Effect":"allow","Action":"x","A":1,"A":2}]} {}""";
        var finding = SingleError(text, PolicyFindingCodes.Json, "$");
        Assert.Contains("line 1, position 77", finding.Message);
    }

    [Fact]
    public void A_non_object_document_is_read_to_its_end_before_it_is_judged()
    {
        SingleError("[{\"a\":1,\"a\":2}", PolicyFindingCodes.Json, "$");
        SingleError("[{\"a\":1,\"a\":2}]", PolicyFindingCodes.DocumentNotObject, "$");
    }
}
