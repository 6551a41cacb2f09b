# New-IdcPermissionSet against the local emulator over loopback: output, pipeline binding from CSV rows, -WhatIf,
# per-item errors in a batch, and what the streams may show.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator


    function Get-StoredPermissionSet {
        param([string] $Name)
        Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object name -eq $Name
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'New-IdcPermissionSet' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'creates a permission set and writes it with every documented property' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Admins' -Description 'Full access' `
            -RelayState 'https://console.example.com/home' -SessionDuration 'PT4H' -Tag @{ team = 'ops' } @connection

        @($set).Count | Should -Be 1
        $set | Should -BeOfType 'IdentityCenter.Core.Models.PermissionSet'
        $set.Name | Should -Be 'Admins'
        $set.Description | Should -Be 'Full access'
        $set.RelayState | Should -Be 'https://console.example.com/home'
        $set.SessionDuration | Should -Be 'PT4H'
        $set.PermissionSetId | Should -Match '^ps-[0-9a-f]{16}$'
        $set.PermissionUrn | Should -BeLike "*$([WildcardPattern]::Escape($set.PermissionSetId))"
        $set.InstanceId | Should -Be $instanceId
        $set.CreatedDate | Should -BeOfType [DateTimeOffset]

        $stored = Get-StoredPermissionSet -Name 'Admins'
        $stored.permissionSetId | Should -Be $set.PermissionSetId
        $stored.tags.key | Should -Be 'team'
        $stored.tags.value | Should -Be 'ops'
    }

    It 'sends a TimeSpan session duration as ISO-8601' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Timed' -SessionDuration (New-TimeSpan -Hours 1 -Minutes 30) @connection

        $set.SessionDuration | Should -Be 'PT1H30M'
        (Get-StoredPermissionSet -Name 'Timed').sessionDuration | Should -Be 'PT1H30M'
    }

    It 'creates one permission set per CSV row, binding columns by name' {
        $csv = Join-Path $TestDrive 'sets.csv'
        @(
            'Name,Description,SessionDuration,Tags'
            'Readers,Read only,PT8H,team=ops;env=prod'
            'Writers,,,'
            'Auditors,Audit trail,PT1H,a=1;b='
        ) | Set-Content -Path $csv -Encoding ascii

        $created = Import-Csv -Path $csv | New-IdcPermissionSet -InstanceId $instanceId @connection

        ($created.Name -join ',') | Should -Be 'Readers,Writers,Auditors'
        ($created | Where-Object Name -eq 'Readers').SessionDuration | Should -Be 'PT8H'
        ($created | Where-Object Name -eq 'Writers').Description | Should -BeNullOrEmpty
        $auditors = Get-StoredPermissionSet -Name 'Auditors'
        ($auditors.tags | ForEach-Object { "$($_.key)=$($_.value)" }) -join ';' | Should -Be 'a=1;b='
        (Get-StoredPermissionSet -Name 'Writers').tags.Count | Should -Be 0
    }

    It 'sends nothing under -WhatIf' {
        $before = Get-IdcTestEmulatorState -Emulator $emulator

        $result = [pscustomobject]@{ Name = 'WhatIfOnly' } | New-IdcPermissionSet -InstanceId $instanceId @connection -WhatIf

        $result | Should -BeNullOrEmpty
        $after = Get-IdcTestEmulatorState -Emulator $emulator
        $after.requestCount | Should -Be $before.requestCount
        ($after.instances | ConvertTo-Json -Depth 10) | Should -Be ($before.instances | ConvertTo-Json -Depth 10)
    }

    It 'reports a duplicate name in a batch of three as one non-terminating error and creates the other two' {
        $null = New-IdcPermissionSet -InstanceId $instanceId -Name 'Existing' @connection
        $rows = @(
            [pscustomobject]@{ Name = 'First' }
            [pscustomobject]@{ Name = 'Existing' }
            [pscustomobject]@{ Name = 'Third' }
        )

        $created = $rows | New-IdcPermissionSet -InstanceId $instanceId @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        ($created.Name -join ',') | Should -Be 'First,Third'
        $failures.Count | Should -Be 1
        $failure = $failures[0]
        $failure.FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.1206,*'
        $failure.CategoryInfo.Category | Should -Be 'ResourceExists'
        $failure.TargetObject.Name | Should -Be 'Existing'
        $failure.Exception.StatusCode | Should -Be 409
        $failure.Exception.ErrorCode | Should -Be 'IdentityCenter.1206'
        $failure.Exception.RequestId | Should -Not -BeNullOrEmpty
        $failure.ErrorDetails.Message | Should -BeLike "*permission set 'Existing' in instance $([WildcardPattern]::Escape($instanceId))*"
        $failure.ErrorDetails.Message | Should -BeLike "*request id $([WildcardPattern]::Escape($failure.Exception.RequestId))*"
        $failure.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'reports a row whose values fail validation and goes on with the rest' {
        $rows = @(
            [pscustomobject]@{ Name = 'Good1' }
            [pscustomobject]@{ Name = 'n' * 40 }
            [pscustomobject]@{ Name = 'Good2'; SessionDuration = 'eight hours' }
            [pscustomobject]@{ Name = 'Good3' }
        )

        $created = $rows | New-IdcPermissionSet -InstanceId $instanceId @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        ($created.Name -join ',') | Should -Be 'Good1,Good3'
        $failures.Count | Should -Be 2
        $failures[0].Exception.Message | Should -BeLike "*parameter 'Name'*"
        $failures[1].Exception.Message | Should -BeLike "*parameter 'SessionDuration'*"
    }

    It 'maps a denied request to PermissionDenied for that item only' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{
            operation    = 'CreatePermissionSet'
            count        = 1
            status       = 403
            errorCode    = 'IdentityCenter.1000'
            errorMessage = 'No permission to create permission sets.'
        }

        $created = 'Denied', 'Allowed' | ForEach-Object { [pscustomobject]@{ Name = $_ } } |
            New-IdcPermissionSet -InstanceId $instanceId @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $created.Name | Should -Be 'Allowed'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.1000,*'
        $failures[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failures[0].ErrorDetails.Message | Should -BeLike '*No permission to create permission sets*'
    }

    It 'writes one verbose line per HTTP call and never the secret key' {
        $DebugPreference = 'Continue'

        $everything = New-IdcPermissionSet -InstanceId $instanceId -Name 'Chatty' @connection -Verbose *>&1 | Out-String

        $everything | Should -Match 'POST /v1/instances/.+/permission-sets -> 200'
        $everything | Should -Not -BeLike "*$([WildcardPattern]::Escape($emulator.SecretAccessKey))*"
    }
}
