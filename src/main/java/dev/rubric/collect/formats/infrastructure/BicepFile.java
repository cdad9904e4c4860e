package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.InfraLexer.Token;
import dev.rubric.collect.formats.infrastructure.InfraLexer.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations of one Bicep file: parameters (with their defaults), variables, resources
 * (including resources nested in another's body, with their full type), modules and outputs.
 * Only declarations are read; what a resource does is left to the caller.
 */
final class BicepFile {
    record Param(String name, Expr defaultValue, int line) {
    }

    /** A resource or module: {@code type} is the resource type (without API version) or the module path. */
    record Declaration(String symbol, String type, Expr body, int line) {
    }

    record Output(String name, Expr value, int line) {
    }

    final Map<String, Param> params = new LinkedHashMap<>();
    final Map<String, Expr> vars = new LinkedHashMap<>();
    final List<Declaration> resources = new ArrayList<>();
    final List<Declaration> modules = new ArrayList<>();
    final List<Output> outputs = new ArrayList<>();

    private static final Set<String> SKIPPED = Set.of("targetScope", "metadata", "import", "using", "extension",
            "provider", "type", "func", "assert");

    static BicepFile read(String text) {
        BicepFile file = new BicepFile();
        new Reader(InfraLexer.tokens(text, InfraLexer.Dialect.BICEP), file).declarations();
        return file;
    }

    private static final class Reader extends ExprParser {
        private final BicepFile file;
        private final List<String> parentTypes = new ArrayList<>();
        private final List<String> parentSymbols = new ArrayList<>();

        Reader(List<Token> tokens, BicepFile file) {
            super(tokens, InfraLexer.Dialect.BICEP);
            this.file = file;
        }

        void declarations() {
            while (peek().type() != Type.EOF) {
                Token keyword = take();
                if (keyword.is("@")) {
                    expression();
                    continue;
                }
                if (keyword.type() != Type.IDENT) {
                    throw new SyntaxException("expected a declaration", keyword);
                }
                switch (keyword.text()) {
                    case "param" -> param(keyword);
                    case "var" -> {
                        String name = take().text();
                        expect("=");
                        file.vars.put(name, expression());
                    }
                    case "resource" -> file.resources.add(resource(keyword));
                    case "module" -> {
                        String symbol = take().text();
                        Token path = take();
                        expect("=");
                        file.modules.add(new Declaration(symbol, path.text(), body(), keyword.line()));
                    }
                    case "output" -> {
                        String name = take().text();
                        type();
                        expect("=");
                        file.outputs.add(new Output(name, expression(), keyword.line()));
                    }
                    default -> {
                        if (!SKIPPED.contains(keyword.text())) {
                            throw new SyntaxException("unknown declaration", keyword);
                        }
                        skipDeclaration();
                    }
                }
            }
        }

        private void param(Token keyword) {
            String name = take().text();
            type();
            Expr value = accept("=") ? expression() : null;
            file.params.put(name, new Param(name, value, keyword.line()));
        }

        /** A parameter or output type: a name, a literal union, an object type, with [] and ?. */
        private void type() {
            if (peek().is("resource")) {
                take();
                take();
                return;
            }
            do {
                Token token = take();
                if (token.is("{") || token.is("(")) {
                    skipTo(token.is("{") ? "}" : ")");
                }
                while (peek().is("[") && peek(1).is("]")) {
                    take();
                    take();
                }
                accept("?");
                while (peek().is(".") && peek().type() == Type.OP) {
                    take();
                    take();
                }
            } while (accept("|"));
        }

        private Declaration resource(Token keyword) {
            String symbol = take().text();
            Token typeToken = take();
            String type = typeToken.text();
            int at = type.indexOf('@');
            type = at >= 0 ? type.substring(0, at) : type;
            if (!parentTypes.isEmpty() && !type.contains(".")) {
                type = parentTypes.get(parentTypes.size() - 1) + "/" + type;
            }
            if (peek().is("existing")) {
                take();
            }
            expect("=");
            // a nested resource is referred to as parent::child, which the expression reader spells parent.child
            String path = parentSymbols.isEmpty() ? symbol : parentSymbols.get(parentSymbols.size() - 1) + "." + symbol;
            parentTypes.add(type);
            parentSymbols.add(path);
            try {
                return new Declaration(path, type, body(), keyword.line());
            } finally {
                parentTypes.remove(parentTypes.size() - 1);
                parentSymbols.remove(parentSymbols.size() - 1);
            }
        }

        /** A resource or module body: an object, {@code if (cond) object} or a for expression. */
        private Expr body() {
            if (peek().is("if")) {
                take();
                expect("(");
                skipTo(")");
            }
            return expression();
        }

        @Override
        protected Expr nestedEntry(Token key) {
            if (key.is("resource") && peek().type() == Type.IDENT && peek(1).type() == Type.STRING) {
                Declaration nested = resource(key);
                file.resources.add(nested);
                return new Expr.Other("resource " + nested.symbol(), key.line());
            }
            return null;
        }

        private void skipDeclaration() {
            int line = tokens.get(at - 1).line();
            while (peek().type() != Type.EOF && peek().line() == line) {
                Token token = take();
                if (token.is("{") || token.is("[") || token.is("(")) {
                    skipTo(token.is("{") ? "}" : token.is("[") ? "]" : ")");
                }
            }
        }
    }
}
