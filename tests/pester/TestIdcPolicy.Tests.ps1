# Test-IdcPolicy offline: the forms a policy may take, findings with their JSON paths, pipelines of files and CSV
# rows, and the table view. No emulator and no credentials are needed.

BeforeDiscovery {
    $forms = @(
        @{ Form = 'JSON text'; Policy = '{"Version":"5.0","Statement":[{"Effect":"allow","Action":"obs:*:get*"}]}' }
        @{ Form = 'a hashtable'; Policy = @{ Version = '5.0'; Statement = @(@{ Effect = 'allow'; Action = 'obs:*:get*' }) } }
        @{ Form = 'an ordered dictionary'; Policy = [ordered]@{ Version = '5.0'; Statement = @([ordered]@{ Effect = 'allow'; Action = 'obs:*:get*' }) } }
        @{ Form = 'a PSCustomObject'; Policy = [pscustomobject]@{ Version = '5.0'; Statement = @([pscustomobject]@{ Effect = 'allow'; Action = 'obs:*:get*' }) } }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $clean = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:bucket:listBucket"]}]}'
    $twoErrors = '{"Version":"5.0","Statement":[{"Effect":"allow","Action":["obs:bucket"]}]}'
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Test-IdcPolicy' {
    It 'writes nothing for a clean policy and says so in the verbose stream' {
        $verbose = Test-IdcPolicy -Policy $clean -Verbose 4>&1

        @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
        "$($verbose[0])" | Should -BeLike '*has no findings*'
    }

    It 'finds the same error in <Form>' -ForEach $forms {
        $findings = @(Test-IdcPolicy -Policy $Policy)

        $findings.Count | Should -Be 1
        "$($findings[0].Severity)" | Should -Be 'Error'
        $findings[0].Code | Should -Be 'Policy.EffectValue'
        $findings[0].Path | Should -Be '$.Statement[0].Effect'
        $findings[0].Source | Should -Be '-Policy'
    }

    It 'takes the policy by position' {
        @(Test-IdcPolicy $twoErrors).Count | Should -Be 2
    }

    It 'locates each finding with its JSON path and a stable code' {
        $findings = Test-IdcPolicy -Policy $twoErrors

        $findings.Path | Should -Be @('$.Statement[0].Effect', '$.Statement[0].Action[0]')
        $findings.Code | Should -Be @('Policy.EffectValue', 'Policy.ActionShape')
        $findings[0].PSObject.TypeNames[0] | Should -Be 'IdentityCenter.PolicyFinding'
    }

    It 'checks Condition as operator, key and values' {
        $policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*"],"Condition":{"StringEquals":"g:UserName"}}]}'

        (Test-IdcPolicy -Policy $policy).Code | Should -Contain 'Policy.ConditionValue'
    }

    It 'reports both Action and NotAction in one statement' {
        $policy = @{ Version = '5.0'; Statement = @(@{ Effect = 'Deny'; Action = 'iam:users:delete*'; NotAction = 'iam:users:get*' }) }

        (Test-IdcPolicy -Policy $policy).Code | Should -Contain 'Policy.ActionConflict'
    }

    It 'warns about a policy over the product quota and errs over the API limit' {
        $quota = '{"Version":"5.0","Statement":[{"Sid":"' + ('s' * 6200) + '","Effect":"Allow","Action":["obs:*:get*"]}]}'
        $limit = '{"Version":"5.0","Statement":[{"Sid":"' + ('s' * 131100) + '","Effect":"Allow","Action":["obs:*:get*"]}]}'

        $overQuota = Test-IdcPolicy -Policy $quota
        $overLimit = Test-IdcPolicy -Policy $limit

        $overQuota.Code | Should -Be 'Policy.OverQuota'
        "$($overQuota.Severity)" | Should -Be 'Warning'
        $overLimit.Code | Should -Contain 'Policy.TooLong'
    }

    It 'reads -PolicyPath relative to the current location and names the file as the source' {
        Set-Content -LiteralPath (Join-Path $TestDrive 'bad.json') -Value $twoErrors
        Push-Location -LiteralPath $TestDrive
        try {
            $findings = Test-IdcPolicy -PolicyPath ./bad.json
        }
        finally {
            Pop-Location
        }

        $findings.Count | Should -Be 2
        $findings[0].Source | Should -Be (Join-Path $TestDrive 'bad.json')
    }

    It 'checks every file piped from Get-ChildItem' {
        $folder = Join-Path $TestDrive 'policies'
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -LiteralPath (Join-Path $folder 'a-clean.json') -Value $clean
        Set-Content -LiteralPath (Join-Path $folder 'b-bad.json') -Value $twoErrors

        $findings = Get-ChildItem -LiteralPath $folder -Filter *.json | Test-IdcPolicy

        $findings.Count | Should -Be 2
        ($findings.Source | Sort-Object -Unique) | Should -Be (Join-Path $folder 'b-bad.json')
    }

    It 'checks the policies named in the rows of a CSV file and goes on past a missing one' {
        Set-Content -LiteralPath (Join-Path $TestDrive 'row-bad.json') -Value $twoErrors
        $csv = Join-Path $TestDrive 'policies.csv'
        @(
            'Name,PolicyPath'
            "Bad,$(Join-Path $TestDrive 'row-bad.json')"
            "Missing,$(Join-Path $TestDrive 'nowhere.json')"
        ) | Set-Content -LiteralPath $csv

        $findings = Import-Csv -LiteralPath $csv | Test-IdcPolicy -ErrorVariable failures -ErrorAction SilentlyContinue

        $findings.Count | Should -Be 2
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.PolicyFile,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be (Join-Path $TestDrive 'nowhere.json')
    }

    It 'asks for a policy when given neither -Policy nor -PolicyPath' {
        Test-IdcPolicy -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.PolicyInput,*'
    }

    It 'refuses a value that has no JSON form, naming where it is' {
        $policy = @{ Version = '5.0'; Statement = @(@{ Effect = 'Allow'; Action = 'obs:*:get*'; Condition = @{ DateLessThan = @{ 'g:CurrentTime' = (Get-Date) } } }) }

        $failure = { Test-IdcPolicy -Policy $policy } | Should -Throw -ErrorId 'ParameterArgumentTransformationError*' -PassThru

        $failure.Exception.Message | Should -BeLike "*$([WildcardPattern]::Escape('$.Statement[0].Condition.DateLessThan.g:CurrentTime'))*"
    }

    It 'shows findings as a table grouped by policy' {
        $table = Test-IdcPolicy -Policy $twoErrors | Format-Table | Out-String

        $table | Should -BeLike '*Policy: -Policy*'
        $table | Should -BeLike '*Severity*Code*Path*Message*'
        $table | Should -BeLike '*Policy.EffectValue*'
    }
}
