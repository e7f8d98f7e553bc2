window.dash_clientside = Object.assign({}, window.dash_clientside, {
    clientside: {
        count: function (n) {
            const even = n % 2 === 0 ? "even clicks: " + n : window.dash_clientside.no_update;
            return ["counted " + n + " time(s) in JavaScript", even];
        },
        guard: function (n, text) {
            if (!n || n < 2) {
                throw window.dash_clientside.PreventUpdate;
            }
            const ctx = window.dash_clientside.callback_context;
            window.dash_clientside.set_props("set-props-target", {children: "set from JavaScript " + n});
            return [
                "passed with " + n + " clicks and text " + JSON.stringify(text),
                "triggered: " + ctx.triggered.map((t) => t.prop_id + "=" + JSON.stringify(t.value)).join(", "),
            ];
        },
        chain_step: function (data) {
            return {n: data.n, path: data.path.concat(["javascript"]), double: data.n * 2};
        },
    },
});
