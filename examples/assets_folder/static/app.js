window.dash_clientside = Object.assign({}, window.dash_clientside, {
    loud: {
        shout: function (n) {
            return "SHOUTED " + n + " TIME(S)";
        },
    },
});
