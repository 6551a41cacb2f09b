using System.Collections.Generic;
using System.Linq;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>
    /// Instance ids to offer for what was typed: an id that starts with it, or an id whose alias does, so a user who
    /// remembers only the alias still finds the instance. Ids need no quoting: they are letters, digits and dashes.
    /// </summary>
    internal static class InstanceSuggestions
    {
        public static IReadOnlyList<Suggestion> For(string? wordToComplete, IEnumerable<IdentityCenterInstance> instances)
        {
            var typed = CompletionWord.Unquote(wordToComplete);
            return instances
                .Where(i => !string.IsNullOrEmpty(i.InstanceId))
                .Where(i => CompletionWord.Starts(i.InstanceId, typed) || (i.Alias != null && CompletionWord.Starts(i.Alias, typed)))
                .OrderBy(i => i.InstanceId, System.StringComparer.Ordinal)
                .Select(i => new Suggestion(
                    i.InstanceId,
                    string.IsNullOrEmpty(i.Alias) ? i.InstanceId : i.InstanceId + " (" + i.Alias + ")",
                    "Identity Center instance " + i.InstanceId + (string.IsNullOrEmpty(i.Alias) ? string.Empty : ", alias " + i.Alias) +
                    (string.IsNullOrEmpty(i.IdentityStoreId) ? string.Empty : ", identity store " + i.IdentityStoreId)))
                .ToList();
        }
    }
}
