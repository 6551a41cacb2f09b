using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core
{
    // The tags of a permission set. Each change reads the tags first and sends only what differs, so a rerun sends nothing.
    public sealed partial class IdentityCenterClient
    {
        public async Task<IReadOnlyList<PermissionSetTagEntry>> ListPermissionSetTagsAsync(string permissionSetId, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidatePermissionSetId("PermissionSetId", permissionSetId);
            var tags = await TagPages(permissionSetId, NewDeadline()).ReadAllAsync(cancellationToken).ConfigureAwait(false);
            return tags.Select(t => new PermissionSetTagEntry(permissionSetId, t.Key, t.Value)).ToList();
        }

        /// <summary>Adds the tags, or gives an existing key its new value; keys not named keep theirs.</summary>
        public async Task<TagChange> TagPermissionSetAsync(string permissionSetId, IList<PermissionSetTag> tags, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidatePermissionSetId("PermissionSetId", permissionSetId);
            LifecycleValidator.ValidateTagsToAdd(tags);
            var deadline = NewDeadline();
            var current = await TagPages(permissionSetId, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
            var held = current.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
            var toSend = tags.Where(t => !held.TryGetValue(t.Key, out var value) || !string.Equals(value, t.Value, StringComparison.Ordinal)).ToList();
            LifecycleValidator.ValidateTagCountAfterMerge(held.Count + toSend.Count(t => !held.ContainsKey(t.Key)));
            if (toSend.Count == 0)
            {
                return new TagChange(Entries(permissionSetId, current), Array.Empty<string>(), Array.Empty<string>());
            }

            await SendTagsAsync(ApiPaths.CreatePermissionSetTags(permissionSetId), toSend, deadline, cancellationToken).ConfigureAwait(false);
            foreach (var tag in toSend)
            {
                held[tag.Key] = tag.Value;
            }

            var after = current.Select(t => t.Key)
                .Concat(toSend.Select(t => t.Key).Where(k => current.All(c => c.Key != k)))
                .Select(k => new PermissionSetTagEntry(permissionSetId, k, held[k]))
                .ToList();
            return new TagChange(after, toSend.Select(t => t.Key).ToList(), Array.Empty<string>());
        }

        /// <summary>Removes the tags of these keys; keys the set does not have are reported, not sent.</summary>
        public async Task<TagChange> UntagPermissionSetAsync(string permissionSetId, IList<string> keys, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidatePermissionSetId("PermissionSetId", permissionSetId);
            LifecycleValidator.ValidateTagKeys(keys);
            var wanted = LifecycleValidator.Distinct(keys);
            var deadline = NewDeadline();
            var current = await TagPages(permissionSetId, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
            var present = current.Where(t => wanted.Contains(t.Key, StringComparer.Ordinal)).ToList();
            var absent = wanted.Where(k => current.All(t => t.Key != k)).ToList();
            if (present.Count > 0)
            {
                // The delete names each tag with the value it has, as the service's own clients send it.
                await SendTagsAsync(ApiPaths.DeletePermissionSetTags(permissionSetId), present, deadline, cancellationToken).ConfigureAwait(false);
            }

            var after = current.Where(t => !present.Contains(t)).ToList();
            return new TagChange(Entries(permissionSetId, after), present.Select(t => t.Key).ToList(), absent);
        }

        private static IReadOnlyList<PermissionSetTagEntry> Entries(string permissionSetId, IEnumerable<PermissionSetTag> tags) =>
            tags.Select(t => new PermissionSetTagEntry(permissionSetId, t.Key, t.Value)).ToList();

        private async Task SendTagsAsync(string path, IEnumerable<PermissionSetTag> tags, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new TagsBody { Tags = tags.Select(t => new TagDto { Key = t.Key, Value = t.Value }).ToList() }, IdcJsonContext.Default.TagsBody);
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            await SendAsync(HttpMethod.Post, path, body, context, cancellationToken).ConfigureAwait(false);
        }
    }
}
