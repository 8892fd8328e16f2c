// babel-preset-taro compiles TypeScript and JSX for every platform; tsc only type-checks.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
